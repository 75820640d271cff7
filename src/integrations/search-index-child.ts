/**
 * Makes the search index: search-index.ts starts this file in a child process with the folder for
 * Pagefind's files as its argument and the entries, as JSON, on its standard input.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchDocument, type SearchEntry } from '../lib/search/document.ts';

type IndexFile = { path: string; content: Uint8Array };

/** The index Pagefind made from these documents (`und`: no stemming; the words are already split). */
async function makeIndex(docs: { url: string; content: string }[]): Promise<IndexFile[]> {
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

const out = process.argv[2]!;
const entries = JSON.parse(readFileSync(0, 'utf8')) as SearchEntry[];
try {
  const files = await makeIndex(entries.map((e) => ({ url: e.url, content: searchDocument(e) })));
  // Written by hand rather than by Pagefind's writeFiles, which skips a file already there by the
  // same name: every file of this index is written now.
  const written = files.map((f) => path.join(out, f.path));
  for (const folder of new Set(written.map((f) => path.dirname(f)))) mkdirSync(folder, { recursive: true });
  files.forEach((f, i) => writeFileSync(written[i]!, f.content));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
