/**
 * The search index (Pagefind), written during the build into `dist/pagefind/`. It indexes what
 * src/lib/search/entries.ts says each entry holds, from the content as the build read it, in the
 * form src/lib/search/document.ts gives it, not the pages: the index then holds content only,
 * weighted by section, with Chinese written as pairs of characters (src/lib/search/tokens.ts) so
 * the search page and the index split words the same way.
 *
 * Pagefind stays at 1.6.0: its 1.5 change (the browser's Intl.Segmenter splitting queries) and the
 * recall problem reported for some Chinese text concern Pagefind's own Chinese splitting, which
 * this index does not use (`und`, and Chinese arrives as Latin-written pairs any segmenter keeps
 * whole). Measured on 1.6.0: recall 100 % on tests/build/search-quality.test.ts, against 74.3 %
 * for Pagefind 1.6.0 out of the box over the pages.
 *
 * The index is made by a child process (search-index-child.ts), started when the build starts, so
 * it runs on the second core while Astro renders the pages (10 s at 3,000 entries, all of it
 * before the pages are done), and its memory is given back when it ends. It is not kept for the
 * next build: kept, it saved no time at 3,000 entries (`npm run bench`).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchEntries } from '../lib/search/entries';
import type { SearchEntry } from '../lib/search/document';
import type { Build } from './build';
import { say } from '../i18n/build-log';

export interface IndexResult {
  pages: number;
  seconds: number;
}

/** Writes the index of `entries` into `dist/pagefind/`, in a child process. */
export function writeSearchIndex(dist: string, entries: SearchEntry[]): Promise<IndexResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(new URL('./search-index-child.ts', import.meta.url)), dist], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.stdin.end(JSON.stringify(entries));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(out.trim()));
      resolve({ pages: entries.length, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export function searchIndexIntegration(build: Build): AstroIntegration {
  let outDir = '';
  let indexing: Promise<IndexResult> | undefined;
  return {
    name: 'linli-search-index',
    hooks: {
      // Tells the search page whether an index will exist: under `astro dev` there is none, and it
      // says so. (Not import.meta.env.DEV: a build run with NODE_ENV=test sets that.)
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.LINLI_SEARCH_INDEX': JSON.stringify(command === 'build') } },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // The index is made while Astro bundles and renders the pages.
      'astro:build:start': async () => {
        indexing = writeSearchIndex(outDir, searchEntries(await build.content(), build.now));
        indexing.catch(() => undefined); // its error is reported by astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const { pages, seconds } = await indexing!;
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(say('searchIndex', { pages, seconds: seconds.toFixed(1), waited }));
      },
    },
  };
}
