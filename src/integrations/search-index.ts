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
 * it runs on the second core while Astro renders the pages, and its memory is given back when it
 * ends. It is kept (cache.ts, kind `search`) by every entry as the index receives it, in order, and
 * Pagefind's version: most builds change nothing that is searched (a new photo size, a code
 * change elsewhere keeps nothing anyway) and place the kept index in 0.1 s. Measured at 3,000
 * entries (`npm run bench`): the index takes 6–12 s of the second core, and Pagefind's threads
 * and the pages' writes slow each other on two cores, so a kept index shortens a full render
 * by more than its own time on a busy machine.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchEntries } from '../lib/search/entries';
import type { SearchEntry } from '../lib/search/document';
import type { Build } from './build';
import { DerivedFiles, packageVersion } from './cache';
import { say } from '../i18n/build-log';

export interface IndexResult {
  pages: number;
  seconds: number;
  /** Whether the index was made by this build (or taken from the cache). */
  made: boolean;
}

/** Writes the index of `entries` into `folder` (the files `dist/pagefind/` holds), in a child process. */
export function writeSearchIndex(folder: string, entries: SearchEntry[]): Promise<Omit<IndexResult, 'made'>> {
  const started = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(new URL('./search-index-child.ts', import.meta.url)), folder], {
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

/**
 * The index of `entries` kept in `files`, made when it is not there yet: written into a folder of
 * its own and renamed into place whole, so a build stopped half-way leaves nothing taken as made.
 */
export async function keptSearchIndex(
  files: DerivedFiles,
  entries: SearchEntry[],
  pagefind: string,
): Promise<{ folder: string } & IndexResult> {
  const folder = path.join(files.dir, files.key({ entries, pagefind }));
  if (existsSync(folder)) return { folder, pages: entries.length, seconds: 0, made: false };
  const part = `${folder}.${process.pid}.${randomUUID()}.part`;
  const made = await writeSearchIndex(part, entries);
  try {
    renameSync(part, folder);
  } catch (e) {
    // Another build (a second site, a test beside it) made the same index first: keep that one.
    if (!existsSync(folder)) throw e;
    rmSync(part, { recursive: true, force: true });
  }
  return { folder, ...made, made: true };
}

/** Puts every file of a kept index into `dist/pagefind/`. */
export function placeSearchIndex(files: DerivedFiles, folder: string, dist: string): void {
  for (const item of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const file = path.join(item.parentPath, item.name);
    files.place(file, path.join(dist, 'pagefind', path.relative(folder, file)));
  }
  files.markUsed(folder);
}

export function searchIndexIntegration(build: Build, placed: Set<string>): AstroIntegration {
  let outDir = '';
  let files: DerivedFiles | undefined;
  let indexing: ReturnType<typeof keptSearchIndex> | undefined;
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
        files = new DerivedFiles(build.settings.cacheDir, 'search', build.code, placed);
        const entries = searchEntries(await build.content(), build.now);
        indexing = keptSearchIndex(files, entries, packageVersion(build.root, 'pagefind'));
        indexing.catch(() => undefined); // its error is reported by astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const { folder, pages, seconds, made } = await indexing!;
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        placeSearchIndex(files!, folder, outDir);
        files!.prune();
        if (made) logger.info(say('searchIndex', { pages, seconds: seconds.toFixed(1), waited }));
        else logger.info(say('searchIndexKept', { pages, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
      },
    },
  };
}
