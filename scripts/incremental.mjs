/**
 * Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs), made safe for
 * how this site builds. Astro renders again only the pages whose `cacheKey` (src/lib/page-key.ts)
 * or code changed, and keeps the rest of the output folder as it is. Each entry's page and A4
 * poster have keys: 5,465 of the 5,799 pages at 3,000 entries.
 *
 * Astro takes the output folder to be the one its last build wrote. Here it may not be: the
 * tests build fixture sites into folders of their own, and `npm start` builds into the folder it
 * served two builds ago. A page kept there would be older than its key says. So each build notes
 * which folder it wrote (its home page's inode and change time, which a write always moves on)
 * and Astro's record of the pages; a build into any other folder, or after any other build,
 * starts without the record and renders every page. `npm start` gives each of its two folders
 * an Astro cacheDir of its own (LINLI_ASTRO_CACHE), so both keep their pages.
 *
 * A key also holds a hash of the site's code (src/lib/build-cache.ts), so a change to the code
 * renders every page again; Astro checks the page's own modules, and this covers the rest (a
 * script bundle renamed by a change elsewhere).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../src/lib/build-cache.ts';

/** Astro's record of the pages it rendered, in its cacheDir. */
const RECORD = 'incremental-build.json';

/** The output folder as last written: its home page's inode and change time, or undefined. */
function folderStamp(outDir) {
  try {
    const { ino, ctimeNs } = statSync(path.join(outDir, 'index.html'), { bigint: true });
    return `${ino}:${ctimeNs}`;
  } catch {
    return undefined;
  }
}

function recordHash(file) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

export function incrementalIntegration(root) {
  /** Which folder the record belongs to, kept beside it in Astro's cacheDir. */
  let note = '';
  let outDir = '';
  let record = '';
  let enabled = false;
  return {
    name: 'linli-incremental',
    hooks: {
      'astro:config:setup': () => {
        // Read by src/lib/page-key.ts while the pages render, in this same process.
        globalThis.__linliCodeVersion = codeVersion(path.join(root, 'src'));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        record = path.join(fileURLToPath(config.cacheDir), RECORD);
        note = path.join(fileURLToPath(config.cacheDir), 'linli-output-folder.json');
        enabled = config.experimental.incrementalBuild === true;
      },
      'astro:build:start': () => {
        if (!enabled) return; // a full build (LINLI_FULL_BUILD=1) neither reads nor writes the record
        let last;
        try {
          last = JSON.parse(readFileSync(note, 'utf8'));
        } catch {
          last = undefined;
        }
        const same = last && last.folder === folderStamp(outDir) && last.record === recordHash(record);
        if (!same) rmSync(record, { force: true });
      },
      'astro:build:done': () => {
        if (!enabled) return;
        mkdirSync(path.dirname(note), { recursive: true });
        writeFileSync(note, JSON.stringify({ folder: folderStamp(outDir), record: recordHash(record) }));
      },
    },
  };
}
