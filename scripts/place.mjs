/**
 * Puts a cached file into the built site as a hard link: no bytes copied, no second copy on disk
 * (5,000 share pictures and 2,000 photo sizes at 3,000 entries). Where a link cannot be made
 * (the cache on another disk), the file is copied.
 */
import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a file to the cache whole or not at all: a build stopped half-way (Ctrl-C in `npm start`)
 * must not leave a truncated picture that every later build would take as made.
 */
export function writeWhole(file, bytes) {
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, bytes);
  renameSync(part, file);
}

export function place(cached, target) {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
