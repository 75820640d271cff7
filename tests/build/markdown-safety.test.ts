/**
 * Whatever an editor pastes into Markdown, the built page runs none of it: the real build of a
 * page full of attacks, opened in Chromium, raises no dialog and has no script, handler or
 * javascript: URL in its body.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { contentTree, fixturesDir, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { serve } from '../../scripts/serve.mjs';

describe('markdown safety in the built site', () => {
  it('runs nothing from a body full of script', { timeout: 120_000 }, async () => {
    const paths = contentTree('ok');
    cpSync(path.join(fixturesDir, 'attack'), paths.contentDir, { recursive: true });
    const out = path.join(projectRoot, '.tmp/out/attack');
    const r = astroBuild(out, siteEnv(paths));
    expect(r.status, r.output).toBe(0);

    const port = await freePort();
    const server = await serve(() => out, port);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`http://127.0.0.1:${port}/articles/attack/`);
      // Handlers (onerror, onload, ontoggle) would have fired by the time the network is quiet.
      await page.waitForLoadState('networkidle');
      expect(dialogs).toEqual([]);
      const body = page.locator('article .prose');
      expect(await body.textContent()).toContain("<script>alert('script')</script>"); // shown as text, not lost
      const found = await body.evaluate((el) => ({
        scripts: el.querySelectorAll('script, iframe, svg, details, img[onerror]').length,
        handlers: [...el.querySelectorAll('*')].flatMap((n) => n.getAttributeNames().filter((a) => a.startsWith('on')))
          .length,
        badUrls: [...el.querySelectorAll('[href], [src]')]
          .map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '')
          .filter((u) => /^\s*javascript:/i.test(u) || u.startsWith('//')),
      }));
      expect(found).toEqual({ scripts: 0, handlers: 0, badUrls: [] });
    } finally {
      await browser.close();
      server.close();
    }
  });
});
