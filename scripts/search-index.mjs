/**
 * The search index, written during the build (an Astro integration: see astro.config.mjs) into
 * `dist/pagefind/`. It indexes what src/lib/search/entries.ts says each entry holds, worked out by
 * the content loader, in the form src/lib/search/document.ts gives it, not the pages: the index
 * then holds content only, weighted by section, with Chinese written as pairs of characters
 * (src/lib/search/tokens.ts) so the search page and the index split words the same way.
 *
 * Pagefind stays at 1.6.0: its 1.5 change (the browser's Intl.Segmenter splitting queries) and the
 * recall problem reported for some Chinese text concern Pagefind's own Chinese splitting, which
 * this index does not use (`und`, and Chinese arrives as Latin-written pairs any segmenter keeps
 * whole). Measured on 1.6.0: recall 100 % on tests/build/search-quality.test.ts, against 74.3 %
 * for Pagefind 1.6.0 out of the box over the pages.
 *
 * It runs as a child process (`node scripts/search-index.mjs <dist> <cacheDir> <entries.json> fresh|reuse`):
 * modules the Astro config loads cannot import others once the build has started, and the child's
 * memory (3,000 entries with their pinyin) is given back when it ends. It starts when the build
 * does, right after the content is read, so the index is made on the second core while Astro
 * bundles and renders the pages.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

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
async function writeSearchIndex(dist, cacheDir, entriesFile, fresh) {
  const [{ searchDocument }, { BuildCache, codeVersion }] = await Promise.all([
    import('../src/lib/search/document.ts'),
    import('../src/lib/build-cache.ts'),
  ]);
  const entries = JSON.parse(readFileSync(entriesFile, 'utf8'));
  rmSync(entriesFile);
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
    // A full build (LINLI_FULL_BUILD=1) makes the index afresh too.
    const saved = fresh ? {} : deserialize(readFileSync(indexFile));
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

/** Runs this file as a child; resolves with how many entries and how long, rejects with its errors. */
function indexInChild(dist, cacheDir, entriesFile, fresh) {
  const started = performance.now();
  const args = [fileURLToPath(import.meta.url), dist, cacheDir, entriesFile, fresh ? 'fresh' : 'reuse'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
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
  let fresh = false;
  /** The child's run: it reports how many entries it indexed. */
  let indexing;
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
        // Nothing kept from the last build, the index included, in a full build (astro.config.mjs).
        fresh = !config.experimental.incrementalBuild;
      },
      // The content is read by now (the loader shared the entries: src/lib/search/entries.ts):
      // the index is made while Astro bundles and renders the pages.
      'astro:build:start': () => {
        const entries = globalThis.__linliSearchEntries;
        if (!entries) throw new Error('搜索索引：内容还没有读进来（src/content.config.ts 没有交出搜索条目）');
        mkdirSync(cacheDir, { recursive: true });
        const entriesFile = path.join(cacheDir, `entries-${process.pid}.json`);
        writeFileSync(entriesFile, JSON.stringify(entries));
        indexing = indexInChild(outDir, cacheDir, entriesFile, fresh);
        indexing.catch(() => undefined); // its error is reported by astro:build:done
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const { pages, cached, reused, seconds } = await indexing;
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
  writeSearchIndex(process.argv[2], process.argv[3], process.argv[4], process.argv[5] === 'fresh').then(
    (result) => console.log(JSON.stringify(result)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
