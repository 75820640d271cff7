/**
 * The search index, written after the build (an Astro integration: see astro.config.mjs) into
 * `dist/pagefind/`. It indexes what src/pages/0-search-docs.json.ts says each entry holds (removed
 * from dist afterwards), in the form src/lib/search/document.ts gives it, not the pages: the
 * index then holds content only, weighted by section, with Chinese written as pairs of characters
 * (src/lib/search/tokens.ts) so the search page and the index split words the same way.
 *
 * Pagefind stays at 1.6.0: its 1.5 change (the browser's Intl.Segmenter splitting queries) and the
 * recall problem reported for some Chinese text concern Pagefind's own Chinese splitting, which
 * this index does not use (`und`, and Chinese arrives as Latin-written pairs any segmenter keeps
 * whole). Measured on 1.6.0: recall 100 % on tests/build/search-quality.test.ts, against 74.3 %
 * for Pagefind 1.6.0 out of the box over the pages.
 *
 * It runs as a child process (`node scripts/search-index.mjs <dist>`): modules the Astro config
 * loads cannot import others once the build has started, and the child's memory (3,000 entries
 * with their pinyin) is given back when it ends. It starts as soon as the entries' file is
 * written, which is the first thing Astro generates (src/pages/0-search-docs.json.ts: routes are
 * generated in name order), so the index is made on the second core while the pages render.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

export const DOCS = '0-search-docs.json';

/** The index Pagefind made from these documents (`und`: no stemming; the words are already split). */
async function makeIndex(docs) {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`搜索索引没有生成：${errors.join('；')}`);
  try {
    for (const doc of docs) {
      const added = await index.addHTMLFile(doc);
      if (added.errors.length) throw new Error(`搜索索引收不进 ${doc.url}：${added.errors.join('；')}`);
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`搜索索引写不进 dist：${failed.join('；')}`);
    return files.map((f) => ({ path: f.path, content: f.content }));
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes `dist`'s entries; returns how many pages the index holds, how many of their documents
 * came from the last build, and whether the whole index did. Kept in `cacheDir` for the next build:
 * - each entry's document (src/lib/build-cache.ts): its pinyin took 0.9 s at 3,000 entries;
 * - the index itself, with a hash of all the documents and Pagefind's version: the same documents
 *   make the same index, so a rebuild in which no entry changed (a restart, the daily rebuild that
 *   moves statuses on, a change to the site's look) takes it as it is instead of 4-6 s of Pagefind.
 */
async function writeSearchIndex(dist, cacheDir) {
  const [{ searchDocument }, { BuildCache, codeVersion }] = await Promise.all([
    import('../src/lib/search/document.ts'),
    import('../src/lib/build-cache.ts'),
  ]);
  const docsFile = path.join(dist, DOCS);
  const { entries } = JSON.parse(readFileSync(docsFile, 'utf8'));
  // Word splitting (Intl.Segmenter) comes with Node's ICU data, so its version counts too.
  const documents = cacheDir
    ? new BuildCache(cacheDir, 'search-documents.bin', `${codeVersion()} icu ${process.versions.icu}`)
    : undefined;
  const documentOf = (entry) =>
    documents ? documents.get(JSON.stringify(entry), () => searchDocument(entry)) : searchDocument(entry);
  const docs = entries.map((entry) => ({ url: entry.url, content: documentOf(entry) }));
  const pagefindVersion = JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url)));
  const key = createHash('sha256').update(`pagefind@${pagefindVersion.version} und`).update(JSON.stringify(docs));
  const keyHex = key.digest('hex');
  const indexFile = cacheDir && path.join(cacheDir, 'index.bin');
  let kept;
  try {
    // LINLI_FULL_BUILD=1 (astro.config.mjs) makes the index afresh too.
    const saved = process.env.LINLI_FULL_BUILD === '1' ? {} : deserialize(readFileSync(indexFile));
    if (saved.key === keyHex) kept = saved.files;
  } catch {
    // no index kept, or one this Node cannot read
  }
  const files = kept ?? (await makeIndex(docs));
  // Written by hand rather than by Pagefind's writeFiles, which skips a file already there by the
  // same name: every file of this index must be written now, or scripts/stale-files.mjs takes it
  // for one the last build left.
  const out = path.join(dist, 'pagefind');
  const folders = new Set(files.map((f) => path.dirname(path.join(out, f.path))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const f of files) writeFileSync(path.join(out, f.path), f.content);
  rmSync(docsFile);
  if (documents) {
    documents.save();
    if (!kept) {
      const temporary = `${indexFile}.${process.pid}`;
      writeFileSync(temporary, serialize({ key: keyHex, files }));
      renameSync(temporary, indexFile);
    }
  }
  return { pages: entries.length, cached: documents?.counts.cached ?? 0, reused: Boolean(kept) };
}

/** Runs this file as a child on `dist`; resolves with how many entries and how long, rejects with its errors. */
function indexInChild(dist, cacheDir) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), dist, cacheDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ ...JSON.parse(out), seconds: (performance.now() - started) / 1000 })
        : reject(new Error(out.trim())),
    );
  });
}

/** `root`: the project, whose node_modules/.cache keeps each entry's document for the next build. */
export function searchIndexIntegration(root) {
  const cacheDir = path.join(root, 'node_modules/.cache/linli-search');
  let outDir = '';
  /** The child's run, once started: it reports how many entries it indexed. */
  let indexing;
  let waitForDocs;
  const start = (dist) => (indexing ??= indexInChild(dist, cacheDir));
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
      // Starts the index as soon as the entries' file is whole (it parses): while the pages render.
      'astro:build:start': () => {
        const docs = path.join(outDir, DOCS);
        rmSync(docs, { force: true }); // one left by a build that stopped half-way
        waitForDocs = setInterval(() => {
          if (!existsSync(docs)) return;
          try {
            JSON.parse(readFileSync(docs, 'utf8'));
          } catch {
            return; // still being written
          }
          clearInterval(waitForDocs);
          start(outDir).catch(() => undefined); // its error is reported by astro:build:done
        }, 100);
      },
      'astro:build:done': async ({ dir, logger }) => {
        clearInterval(waitForDocs);
        const started = performance.now();
        const { pages, cached, reused, seconds } = await start(fileURLToPath(dir));
        const waited = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `搜索索引：${pages} 篇，用时 ${seconds.toFixed(1)} 秒（页面生成完以后又等了 ${waited} 秒；` +
            (reused ? '没有一篇改过，整个索引用上次的）' : `${cached} 篇没改过，用上次的拼音和分词）`),
        );
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeSearchIndex(process.argv[2], process.argv[3]).then(
    (result) => console.log(JSON.stringify(result)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
