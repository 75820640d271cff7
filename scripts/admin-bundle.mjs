/**
 * The CMS bundle (/admin: Decap, React and our widgets, several megabytes) is built apart from the
 * site and kept in node_modules/.cache/linli-admin, keyed by package-lock.json and the contents of
 * every source file that went into it. A content-only rebuild then copies it instead of
 * re-bundling it (about 5 s of every build). An Astro integration: see astro.config.mjs.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = 'src/admin/main.ts';
/** Where the files are served from; the admin page's script tag points here. */
const PUBLIC_DIR = '_astro/admin';

const sha = (data) => createHash('sha256').update(data).digest('hex');
const fileHash = (file) => (existsSync(file) ? sha(readFileSync(file)) : 'missing');

/** The cached record, while the lock file, this script and every recorded source are as they were. */
export function cached(root, cacheDir) {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, 'record.json'), 'utf8'));
    if (record.lock !== fileHash(path.join(root, 'package-lock.json'))) return undefined;
    if (record.tool !== fileHash(fileURLToPath(import.meta.url))) return undefined;
    for (const [file, hash] of Object.entries(record.sources))
      if (fileHash(path.join(root, file)) !== hash) return undefined;
    return existsSync(path.join(cacheDir, 'out', record.entry)) ? record : undefined;
  } catch {
    return undefined;
  }
}

async function bundle(root, cacheDir) {
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  const sources = new Set();
  let entry = '';
  /** Records which of our files went into the bundle, and the entry's hashed name. */
  const record = {
    name: 'linli-admin-record',
    generateBundle(_options, output) {
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0];
        if (file.startsWith(root) && !file.includes(`${path.sep}node_modules${path.sep}`) && existsSync(file))
          sources.add(path.relative(root, file));
      }
      entry = Object.values(output).find((o) => o.type === 'chunk' && o.isEntry).fileName;
    },
  };
  // Built beside the cache and moved in whole, so a build that stops halfway leaves no half bundle.
  const out = path.join(cacheDir, `out-${process.pid}`);
  // The React plugin picks its JSX runtime from NODE_ENV when it is set up: production's, always
  // (Astro has not set it yet when this runs, and tests run with "test").
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: false,
      // Always React's production build, whatever NODE_ENV the caller runs under (tests set "test").
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      logLevel: 'error',
      publicDir: false,
      plugins: [react(), record],
      build: {
        outDir: out,
        emptyOutDir: true,
        assetsDir: '',
        assetsInlineLimit: 0,
        modulePreload: false,
        chunkSizeWarningLimit: 8000,
        rolldownOptions: {
          input: path.join(root, ENTRY),
          output: { entryFileNames: 'main.[hash].js', chunkFileNames: '[name].[hash].js' },
          // One of Decap's dependencies calls eval: expected, and allowed on /admin/ only.
          onwarn: (warning, warn) => warning.code !== 'EVAL' && warn(warning),
        },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const result = {
    lock: fileHash(path.join(root, 'package-lock.json')),
    tool: fileHash(fileURLToPath(import.meta.url)),
    sources: Object.fromEntries([...sources].sort().map((f) => [f, fileHash(path.join(root, f))])),
    entry,
  };
  rmSync(path.join(cacheDir, 'out'), { recursive: true, force: true });
  renameSync(out, path.join(cacheDir, 'out'));
  writeFileSync(path.join(cacheDir, 'record.json'), JSON.stringify(result, null, 1));
  return result;
}

/**
 * Makes sure the bundle is in the cache (building it only when its inputs changed) and returns
 * the address of its entry script, e.g. `/_astro/admin/main.AbC123.js`.
 */
export async function adminBundle(root, cacheDir = path.join(root, 'node_modules/.cache/linli-admin')) {
  mkdirSync(cacheDir, { recursive: true });
  const hit = cached(root, cacheDir);
  const record = hit ?? (await bundle(root, cacheDir));
  return { url: `/${PUBLIC_DIR}/${record.entry}`, dir: path.join(cacheDir, 'out'), cached: Boolean(hit) };
}

/** The integration: bundle (or reuse) before the build, copy into the site after it. */
export function adminBundleIntegration(root) {
  let bundleDir = '';
  return {
    name: 'linli-admin-bundle',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        // `astro dev` serves the admin's sources through Vite as they are.
        if (command !== 'build') return;
        const { url, dir } = await adminBundle(root);
        bundleDir = dir;
        updateConfig({ vite: { define: { 'import.meta.env.LINLI_ADMIN_ENTRY': JSON.stringify(url) } } });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), PUBLIC_DIR);
        rmSync(target, { recursive: true, force: true });
        cpSync(bundleDir, target, { recursive: true });
      },
    },
  };
}
