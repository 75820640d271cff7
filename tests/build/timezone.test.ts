/**
 * Content times are Beijing time whatever zone the build machine is in: the same content built
 * under TZ=UTC and TZ=America/New_York must give byte-identical pages (the fixture site).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { fixtureSite, projectRoot, siteEnv } from '../helpers/fixtures';

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name), base) : [path.relative(base, path.join(dir, d.name))],
  );
}

describe('build time zone', () => {
  it('builds the same pages under UTC and New York time', { timeout: 180_000 }, () => {
    const now = '2026-12-31T13:30:00Z'; // 21:30 in Beijing, 08:30 in New York: different calendar days
    const outs = ['UTC', 'America/New_York'].map((tz) => {
      const out = path.join(projectRoot, '.tmp/tz', tz.replace('/', '-'));
      const r = astroBuild(out, { ...siteEnv(fixtureSite('site')), TZ: tz, LINLI_NOW: now });
      expect(r.status, r.output).toBe(0);
      return out;
    });
    const [a, b] = outs as [string, string];
    const pages = files(a)
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(pages.length).toBeGreaterThan(40);
    expect(
      files(b)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(pages);
    for (const p of pages) expect(readFileSync(path.join(b, p), 'utf8'), p).toBe(readFileSync(path.join(a, p), 'utf8'));
    // And the times shown are Beijing's: the New Year's Eve activity is on 12月31日 and running.
    const html = readFileSync(path.join(b, 'events/kuanian-shousui-2026/index.html'), 'utf8');
    const nye = html.replace(/<[^>]+>/g, ''); // the text a reader sees
    expect(nye).toContain('2026年12月31日（周四）20:00 至 2027年1月1日（周五）00:30');
    expect(html).toMatch(/data-status="ongoing"/);
  });
});
