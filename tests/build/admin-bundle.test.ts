/**
 * The CMS bundle is built once and reused: a content-only rebuild does not re-bundle Decap. The
 * cache is keyed by package-lock.json, the bundling script and each source file that went in.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { adminBundle, cached } from '../../scripts/admin-bundle.mjs';
import { projectRoot } from '../helpers/fixtures';

const cacheDir = path.join(projectRoot, '.tmp/admin-bundle-cache');

it(
  'is bundled once, reused while its sources are unchanged, and rebuilt when one changes',
  { timeout: 180_000 },
  async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const first = await adminBundle(projectRoot, cacheDir);
    expect(first.cached).toBe(false);
    expect(first.url).toMatch(/^\/_astro\/admin\/main\.[\w-]+\.js$/);
    const entryFile = path.join(first.dir, path.basename(first.url));
    const builtAt = statSync(entryFile).mtimeMs;

    const record = JSON.parse(readFileSync(path.join(cacheDir, 'record.json'), 'utf8'));
    const sources = Object.keys(record.sources);
    // Our own code is in the key (the widgets, the previews, the content model); content never is.
    expect(sources).toEqual(
      expect.arrayContaining(['src/admin/main.ts', 'src/admin/start-cms.ts', 'src/content/model.ts']),
    );
    expect(sources.filter((s) => s.startsWith('content/') || s.startsWith('tests/'))).toEqual([]);

    const again = await adminBundle(projectRoot, cacheDir);
    expect(again).toEqual({ ...first, cached: true });
    expect(statSync(entryFile).mtimeMs).toBe(builtAt);

    // A source that changed since (its recorded hash no longer matches) invalidates the cache.
    record.sources['src/admin/start-cms.ts'] = 'changed';
    writeFileSync(path.join(cacheDir, 'record.json'), JSON.stringify(record));
    expect(cached(projectRoot, cacheDir)).toBeUndefined();
  },
);
