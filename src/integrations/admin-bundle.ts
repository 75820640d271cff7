/**
 * The CMS bundle (/admin: Decap, React and our widgets, several megabytes) is built apart from the
 * site with Vite and kept in the cache (cache.ts). Its key is the code version alone, which holds
 * every source file under src/ and the lock file (every package's version): a content-only
 * rebuild copies it instead of bundling it again (about 5 s of every build).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { AstroIntegration } from 'astro';
import { build as viteBuild } from 'vite';
import { DerivedFiles } from './cache';
import type { Build } from './build';
import { say } from '../i18n/build-log';

export const ADMIN_ENTRY = 'src/admin/main.ts';
/** Where the files are served from; the admin page's script tag points here. */
const PUBLIC_DIR = '_astro/admin';

async function bundle(root: string, entry: string, out: string): Promise<string> {
  let main = '';
  // Built beside the cache and moved in whole, so a build that stops halfway leaves no half bundle.
  const temporary = `${out}.${process.pid}`;
  // The React plugin picks its JSX runtime from NODE_ENV when it is set up: production's, always
  // (Astro has not set it yet when this runs, and tests run with "test").
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({
      root,
      configFile: false,
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      logLevel: 'error',
      publicDir: false,
      plugins: [
        react(),
        {
          name: 'linli-admin-entry',
          generateBundle(_options, output) {
            const chunk = Object.values(output).find((o) => o.type === 'chunk' && o.isEntry);
            main = chunk?.fileName ?? '';
          },
        },
      ],
      build: {
        outDir: temporary,
        emptyOutDir: true,
        assetsDir: '',
        assetsInlineLimit: 0,
        modulePreload: false,
        chunkSizeWarningLimit: 8000,
        rolldownOptions: {
          input: path.join(root, entry),
          output: { entryFileNames: 'main.[hash].js', chunkFileNames: '[name].[hash].js' },
          // One of Decap's dependencies calls eval: expected, and allowed on /admin/ only.
          onwarn: (warning, warn) => {
            if (warning.code !== 'EVAL') warn(warning);
          },
        },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(path.join(temporary, 'entry.txt'), main);
  try {
    renameSync(temporary, out);
  } catch {
    // Another build bundled the same code meanwhile (the tests run two at a time): its bundle
    // is this one, keyed by the same code.
    rmSync(temporary, { recursive: true, force: true });
    return readFileSync(path.join(out, 'entry.txt'), 'utf8');
  }
  return main;
}

/**
 * The bundle in the cache (bundled only when the code changed): its folder, the address of its
 * entry script (e.g. `/_astro/admin/main.AbC123.js`), and whether it was kept from before.
 */
export async function adminBundle(files: DerivedFiles, root: string, entry = ADMIN_ENTRY) {
  const dir = files.file({ entry }, 'bundle');
  const kept = existsSync(path.join(dir, 'entry.txt'));
  const main = kept ? readFileSync(path.join(dir, 'entry.txt'), 'utf8') : await bundle(root, entry, dir);
  const now = new Date();
  utimesSync(dir, now, now); // in use: not one for prune() to drop
  files.prune();
  return { url: `/${PUBLIC_DIR}/${main}`, dir, kept };
}

export function adminBundleIntegration(build: Build): AstroIntegration {
  let bundleDir = '';
  return {
    name: 'linli-admin-bundle',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        // `astro dev` serves the admin's sources through Vite as they are.
        if (command !== 'build') return;
        const started = performance.now();
        const files = new DerivedFiles(build.settings.cacheDir, 'admin', build.code);
        const { url, dir, kept } = await adminBundle(files, build.root);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(say(kept ? 'adminKept' : 'adminMade', { seconds }));
        bundleDir = dir;
        updateConfig({ vite: { define: { 'import.meta.env.LINLI_ADMIN_ENTRY': JSON.stringify(url) } } });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), PUBLIC_DIR);
        rmSync(target, { recursive: true, force: true });
        mkdirSync(target, { recursive: true });
        cpSync(bundleDir, target, { recursive: true, filter: (f) => path.basename(f) !== 'entry.txt' });
      },
    },
  };
}
