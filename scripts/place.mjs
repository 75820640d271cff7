/**
 * Puts a cached file into the built site as a hard link: no bytes copied, no second copy on disk
 * (5,000 share pictures and 2,000 photo sizes at 3,000 entries). Where a link cannot be made
 * (the cache on another disk), the file is copied.
 */
import { copyFileSync, linkSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A cached picture no build has used for this long is dropped: its page changed or went away. */
const UNUSED_FOR = 30 * 24 * 3600 * 1000;

/**
 * Writes a file to the cache whole or not at all: a build stopped half-way (Ctrl-C in `npm start`)
 * must not leave a truncated picture that every later build would take as made.
 */
export function writeWhole(file, bytes) {
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

/** Every file place() put into a built site in this process: see scripts/stale-files.mjs. */
export const placedFiles = new Set();

/** How often a cached file's use is written down: pruneCache counts in weeks, not seconds. */
const MARK_USED_EVERY = 24 * 3600 * 1000;

export function place(cached, target) {
  const cache = statSync(cached);
  // Marked as used, for pruneCache: once a day is enough.
  if (Date.now() - cache.mtimeMs > MARK_USED_EVERY) {
    const now = new Date();
    utimesSync(cached, now, now);
  }
  placedFiles.add(path.resolve(target));
  // Already there from the last build (10,000 pictures at 3,000 entries): nothing to do.
  const there = statSync(target, { throwIfNoEntry: false });
  if (there && there.ino === cache.ino && there.dev === cache.dev) return;
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * Drops cached files no build has placed for 30 days (an old title's card, a replaced photo's
 * sizes), so years of edits do not pile up; several sites may share the cache, so nothing newer
 * goes. Returns how many were dropped.
 */
export function pruneCache(dir, now = Date.now()) {
  let dropped = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (now - statSync(file).mtimeMs > UNUSED_FOR) {
      rmSync(file, { force: true });
      dropped++;
    }
  }
  return dropped;
}
