// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { readSettings } from './src/settings.ts';
import { linli } from './src/integrations/index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const settings = readSettings(root);
// Linli's own build steps (src/integrations/): what each does is listed in its index.ts.
const build = linli(root);

// The canonical origin comes from the content's site.yml, so the maintainer sets it in one place.
const site = (() => {
  try {
    return parse(readFileSync(path.join(settings.contentDir, 'site.yml'), 'utf8'))?.url;
  } catch {
    return undefined; // the content check reports a missing or broken site.yml in Chinese
  }
})();

export default defineConfig({
  site,
  publicDir: settings.publicDir,
  output: 'static',
  trailingSlash: 'ignore',
  // Four pages at a time: some render while others are written. At 3,000 entries, page
  // generation took 11.1–11.3 s at 4 against 12.4–13.5 s at 2 and 11.4–12.8 s at 8 (three
  // alternating runs each); the peak memory stays under 1 GB (`npm run bench`).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // One per build, removed when it is done (src/integrations/build.ts: why).
  cacheDir: build.astroCacheDir,
  integrations: [
    // The React components (shared with the CMS preview) are static HTML on the site: rendered in
    // one synchronous call each, not streamed (a second less at 3,000 entries, `npm run bench`).
    react({ experimentalDisableStreaming: true }),
    ...build.first,
    // Every page residents may land on; the CMS, the lobby screen and the 404 are not for search engines.
    // A4 posters and 活动记录表 are for printing, 工作台账 for the office; the entry's own page is the one to find.
    sitemap({
      filter: (page) => !/^\/(admin\/|(screen|404|records)\/?$)|\/(poster|record)\/$/.test(new URL(page).pathname),
    }),
    // Last: removes what the last build wrote and this one did not (the output folder is written
    // over, not emptied first: see emptyOutDir below).
    ...build.last,
  ],
  devToolbar: { enabled: false },
  server: { port: settings.port, host: settings.host },
  vite: {
    // Expected and harmless, so not worth an editor's attention: the CMS bundle is big (it is one
    // page, loaded by editors only), and one of its dependencies calls eval.
    build: {
      // Scripts as files, never inlined: the Content-Security-Policy then allows them as 'self'
      // (deploy/nginx.conf); only the few pre-paint scripts are inline, allowed by their hashes.
      assetsInlineLimit: 0,
      // Written over rather than emptied: making 18,000 files anew is slower than writing over
      // them. src/integrations/stale-files.ts removes what this build did not write.
      emptyOutDir: false,
      chunkSizeWarningLimit: 8000,
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'EVAL') warn(warning);
        },
      },
    },
  },
});
