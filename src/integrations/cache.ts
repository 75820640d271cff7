/**
 * The one place for files the build derives and keeps for the next build: everything lives under
 * `node_modules/.cache/linli/<kind>/` (LINLI_CACHE_DIR), and every key is made the same way:
 *
 *   sha256( code version, kind, the artifact's own inputs )
 *
 * The code version is a hash of every file the build runs or reads as code: all of `src/` and
 * `scripts/`, `astro.config.mjs`, `tsconfig.json` and `package-lock.json` (which pins every
 * package's version). A change to any of them makes every derived file afresh. The artifact's
 * own inputs are what it is made from (the page address, the photo's bytes, the text drawn) and
 * how (options and the versions of the packages that make it), listed by each integration.
 *
 * What remains cached, and what each saves, is in the README (构建缓存). `npm run clean` removes
 * it all (scripts/clean.mjs); `keptFor` says how long an unused file stays.
 *
 * Plain, erasable TypeScript: the child processes that draw and encode run this file in Node.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** The kinds of derived file the build keeps, each in a folder of its own. */
export type CacheKind = 'share' | 'qr' | 'photos' | 'compress' | 'admin' | 'search';

/** The files and folders whose contents are the build's code (relative to the project). */
export const CODE = ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'] as const;

const versions = new Map<string, string>();

/**
 * A hash of the build's code (see above), worked out once per process: about 300 files, a few
 * milliseconds. Files are hashed with their paths, so a file renamed counts as a change.
 */
export function codeVersion(root: string): string {
  const known = versions.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  for (const item of CODE) {
    const top = path.join(root, item);
    if (!existsSync(top)) continue;
    const files = statSync(top).isDirectory()
      ? readdirSync(top, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => path.join(d.parentPath, d.name))
          .sort()
      : [top];
    for (const f of files) hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  const version = hash.digest('hex');
  versions.set(root, version);
  return version;
}

/** The installed version of a package, for the keys of what it makes. */
export function packageVersion(root: string, name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The one way a key is made: the code version, the kind, then the artifact's own inputs. */
export function key(code: string, kind: CacheKind, inputs: unknown): string {
  return createHash('sha256')
    .update(code)
    .update('\0')
    .update(kind)
    .update('\0')
    .update(JSON.stringify(inputs))
    .digest('hex');
}

/** A cached file nothing has used for this long is dropped: its page changed or went away. */
export const keptFor = 30 * 24 * 3600 * 1000;
/** How often a cached file's use is written down: pruning counts in weeks, not seconds. */
const MARK_USED_EVERY = 24 * 3600 * 1000;

/**
 * Writes a file whole or not at all: a build stopped half-way (Ctrl-C in `npm start`) must not
 * leave a truncated file that every later build would take as made.
 */
export function writeWhole(file: string, bytes: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

/**
 * One kind's cached files. `file(inputs, ext)` is where the file made from `inputs` is kept;
 * `place()` puts it into the built site as a hard link (no bytes copied: 5,000 share pictures
 * at 3,000 entries), or a copy where a link cannot be made (the cache on another disk).
 */
export class DerivedFiles {
  readonly dir: string;
  readonly kind: CacheKind;
  private readonly code: string;
  /** Every file put into a built site, for the sweep of what the last build left (stale-files.ts). */
  readonly placed: Set<string>;

  /** `cacheDir`: the settings' (LINLI_CACHE_DIR); each kind has a folder in it. */
  constructor(cacheDir: string, kind: CacheKind, code: string, placed = new Set<string>()) {
    this.kind = kind;
    this.code = code;
    this.placed = placed;
    this.dir = path.join(cacheDir, kind);
    mkdirSync(this.dir, { recursive: true });
  }

  /** The key of what is made from `inputs` (see the top of this file). */
  key(inputs: unknown): string {
    return key(this.code, this.kind, inputs);
  }

  /** Where the file made from `inputs` is kept. */
  file(inputs: unknown, ext: string): string {
    return path.join(this.dir, `${this.key(inputs)}.${ext}`);
  }

  /** Whether a file of this name is kept. */
  has(name: string): boolean {
    return existsSync(path.join(this.dir, name));
  }

  /** The kept file, made by `make` when it is not there yet; `made` says which. */
  async get(inputs: unknown, ext: string, make: () => Promise<Uint8Array>): Promise<{ file: string; made: boolean }> {
    const file = this.file(inputs, ext);
    if (existsSync(file)) return { file, made: false };
    writeWhole(file, await make());
    return { file, made: true };
  }

  /** Puts a kept file at `target` in the built site, and marks it used (once a day is enough). */
  place(cached: string, target: string): void {
    const cache = statSync(cached);
    this.markUsed(cached, cache.mtimeMs);
    this.placed.add(path.resolve(target));
    // Already there from the last build (10,000 pictures at 3,000 entries): nothing to do.
    const there = statSync(target, { throwIfNoEntry: false });
    if (there && there.ino === cache.ino && there.dev === cache.dev) return;
    mkdirSync(path.dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(cached, target);
    } catch {
      copyFileSync(cached, target);
    }
  }

  /** Marks a kept file or folder used, so `prune` keeps it (once a day is enough). */
  markUsed(kept: string, mtimeMs = statSync(kept).mtimeMs): void {
    if (Date.now() - mtimeMs > MARK_USED_EVERY) {
      const now = new Date();
      utimesSync(kept, now, now);
    }
  }

  /**
   * Drops files no build has used for `keptFor` (an old title's card, a replaced photo's sizes),
   * so years of edits do not pile up; several sites may share the cache, so nothing newer goes.
   */
  prune(now = Date.now()): number {
    let dropped = 0;
    for (const name of readdirSync(this.dir)) {
      const file = path.join(this.dir, name);
      if (now - statSync(file).mtimeMs > keptFor) {
        rmSync(file, { recursive: true, force: true });
        dropped++;
      }
    }
    return dropped;
  }
}
