/**
 * Markdown files as read last build, kept in node_modules/.cache/linli-content: the YAML and the
 * Markdown of 3,000 entries took 0.8 s of every build to parse again, though an editor's publish
 * changes one or two files. A file is found by a hash of its text and of the site's code (every
 * file under src/ and the lock file, so a change to the renderer, the YAML reader or their
 * versions reads everything afresh). Only files that read without a problem are kept: a file with
 * a mistake is read, and reported, every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** What reading a Markdown file gives: its frontmatter as YAML gave it, and its body rendered. */
export interface ParsedFile {
  data: unknown;
  body: string;
  html: string;
  text: string;
  images: string[];
}

const FILE = 'parsed.bin';

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

export class ParseCache {
  /** Last build's files, each as v8 bytes, so every read gets its own copy to change. */
  private readonly before = new Map<string, Buffer>();
  /** This build's files: what is saved, so files no longer there drop out. */
  private readonly now = new Map<string, Buffer>();
  /** Files read afresh this build, and files taken from the cache. */
  readonly counts = { parsed: 0, cached: 0 };

  constructor(
    private readonly dir: string,
    private readonly version = codeVersion(),
  ) {
    try {
      const saved = deserialize(readFileSync(path.join(dir, FILE))) as { version: string; files: [string, Buffer][] };
      if (saved.version === version) for (const [k, v] of saved.files) this.before.set(k, v);
    } catch {
      // No cache yet, or one this Node cannot read: every file is read afresh.
    }
  }

  private key(source: string): string {
    return createHash('sha256').update(this.version).update(source).digest('hex');
  }

  /** The file's parse from the cache, or `parse`'s, kept for next time when it is not undefined. */
  read(source: string, parse: () => ParsedFile | undefined): ParsedFile | undefined {
    const key = this.key(source);
    const hit = this.before.get(key) ?? this.now.get(key);
    if (hit) {
      this.now.set(key, hit);
      this.counts.cached++;
      return deserialize(hit) as ParsedFile;
    }
    this.counts.parsed++;
    const parsed = parse();
    // Serialised now, before the content check gets to change the data it returns.
    if (parsed) this.now.set(key, serialize(parsed));
    return parsed;
  }

  /** Writes this build's files (written whole, then renamed: a build stopped half-way leaves the old one). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = path.join(this.dir, `${FILE}.${process.pid}`);
    writeFileSync(temporary, serialize({ version: this.version, files: [...this.now] }));
    renameSync(temporary, path.join(this.dir, FILE));
  }
}
