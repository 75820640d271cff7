/**
 * Puts a cached file into the built site as a hard link: no bytes copied, no second copy on disk
 * (5,000 share pictures and 2,000 photo sizes at 3,000 entries). Where a link cannot be made
 * (the cache on another disk), the file is copied.
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

export function place(cached, target) {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}
