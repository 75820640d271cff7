/**
 * SPEC §9 page weights, on every page of the built fixture site: at most 20 KB gzip of HTML + CSS +
 * JS (images aside), of which JS at most 6 KB. Sizes do not depend on the machine, so they are
 * checked here; build times are measured by `npm run bench`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { BUDGET, pageWeight } from '../../scripts/page-weight.mjs';

const dist = path.resolve('.tmp/dist-e2e');

test('every page ships at most 20 KB gzip, of which JS at most 6 KB', async ({ request }) => {
  await request.get('/'); // the web server has built the site by now
  const pages = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`));
  expect(pages.length).toBeGreaterThan(50);
  const over = pages
    .map((file) => ({ file, ...pageWeight(dist, file) }))
    .filter((w) => w.total > BUDGET.total || w.js > BUDGET.js)
    .map((w) => `${w.file}: ${(w.total / 1024).toFixed(1)} KB, JS ${(w.js / 1024).toFixed(1)} KB`);
  expect(over).toEqual([]);
});
