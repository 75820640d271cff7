// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The canonical origin comes from content/site.yml, so the maintainer sets it in one place.
const site = (() => {
  try {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const dir = path.resolve(root, process.env.LINLI_CONTENT_DIR ?? 'content');
    return parse(readFileSync(path.join(dir, 'site.yml'), 'utf8'))?.url;
  } catch {
    return undefined; // the content check reports a missing or broken site.yml in Chinese
  }
})();

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [react()],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
