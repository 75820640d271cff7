// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The canonical origin comes from content/site.yml, so the maintainer sets it in one place.
const site = (() => {
  try {
    return parse(readFileSync(new URL('./content/site.yml', import.meta.url), 'utf8'))?.url;
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
