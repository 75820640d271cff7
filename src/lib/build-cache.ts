/**
 * What the last build worked out, kept in node_modules/.cache for the next: an editor's publish
 * changes one or two of 3,000 files, and working them all out again took seconds.
 * - Markdown files as read (src/content/repository.ts): their YAML and Markdown took 0.8 s.
 * - Each entry's search document (scripts/search-index.mjs): its pinyin took 0.9 s.
 * A result is found by a hash of what it was worked out from and of the site's code (every file
 * under src/ and the lock file), so a change to the code or a dependency's version works
 * everything out afresh. A build keeps only what it used: entries deleted drop out.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** A hash of the code a parse depends on: everything under src/, and the lock file's versions. */
export function codeVersion(srcDir = fileURLToPath(new URL('..', import.meta.url))): string {
  const hash = createHash('sha256');
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  for (const f of files) hash.update(f.slice(srcDir.length)).update(readFileSync(f));
  const lock = path.join(srcDir, '..', 'package-lock.json');
  try {
    hash.update(readFileSync(lock));
  } catch {
    // No lock file (a copy of src/ alone): the sources still decide.
  }
  return hash.digest('hex');
}

export class BuildCache<T> {
  /** Last build's results, each as v8 bytes, so every read gets its own copy to change. */
  private readonly before = new Map<string, Buffer>();
  /** This build's results: what is saved. */
  private readonly now = new Map<string, Buffer>();
  /** Results worked out this build, and results taken from the cache. */
  readonly counts = { made: 0, cached: 0 };
  private readonly dir: string;
  private readonly file: string;
  private readonly version: string;

  /**
   * `name`: the cache's file in `dir`, one per kind of result. (No parameter properties: the
   * search index runs this file in Node, which strips types but does not compile TypeScript.)
   */
  constructor(dir: string, name: string, version = codeVersion()) {
    this.dir = dir;
    this.file = path.join(dir, name);
    this.version = version;
    try {
      const saved = deserialize(readFileSync(this.file)) as { version: string; results: [string, Buffer][] };
      if (saved.version === version) for (const [k, v] of saved.results) this.before.set(k, v);
    } catch {
      // No cache yet, or one this Node cannot read: everything is worked out afresh.
    }
  }

  /** The result for `input` from the cache, or `work`'s, kept for next time when it is not undefined. */
  get(input: string, work: () => T | undefined): T | undefined {
    const key = createHash('sha256').update(this.version).update(input).digest('hex');
    const hit = this.before.get(key) ?? this.now.get(key);
    if (hit) {
      this.now.set(key, hit);
      this.counts.cached++;
      return deserialize(hit) as T;
    }
    this.counts.made++;
    const result = work();
    // Serialised now, before the caller gets to change what it returns.
    if (result !== undefined) this.now.set(key, serialize(result));
    return result;
  }

  /** Writes this build's results (whole, then renamed: a build stopped half-way leaves the old file). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}`;
    writeFileSync(temporary, serialize({ version: this.version, results: [...this.now] }));
    renameSync(temporary, this.file);
  }
}
