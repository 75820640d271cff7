/**
 * Every setting Linli takes from the environment, read in one place. `npm start`, the build
 * (astro.config.mjs and the content loader), the CMS configuration and the tests all ask here,
 * so a folder or port is never worked out twice in two different ways.
 *
 * Plain, erasable TypeScript: Node 24 runs this file as it is (scripts/start.mjs imports it).
 *
 * | variable            | default    | what it is                                               |
 * |---------------------|------------|----------------------------------------------------------|
 * | `LINLI_CONTENT_DIR` | `content`  | the editors' files                                       |
 * | `LINLI_PUBLIC_DIR`  | `public`   | static files and uploads (`<public>/uploads/`)           |
 * | `LINLI_DIST`        | `dist`     | where `npm start` serves the built site from             |
 * | `PORT`              | `4321`     | the port `npm start` serves on                           |
 * | `LINLI_HOST`        | 127.0.0.1  | the address `npm start` listens on                       |
 * | `LINLI_CMS_PORT`    | `8081`     | the CMS's local backend (`0`: none)                      |
 * | `LINLI_NOW`         | the clock  | the build's "now" (tests pin it)                         |
 * | `LINLI_FRESH`       | unset      | `1`: never serve a site left over from an earlier run    |
 * | `LINLI_CMS_MODE`    | auto       | `fs`: npm start writes files even in a git repository    |
 * | `LINLI_CACHE_DIR`   | `node_modules/.cache/linli` | what builds keep for the next (cache.ts) |
 */
import path from 'node:path';

export interface Settings {
  /** The project folder: relative settings are resolved against it. */
  root: string;
  contentDir: string;
  publicDir: string;
  distDir: string;
  port: number;
  host: string;
  cmsPort: number;
  /** The build's clock, when pinned. */
  now: Date | undefined;
  fresh: boolean;
  /** Where builds keep what they derived for the next build (src/integrations/cache.ts). */
  cacheDir: string;
}

type Env = Record<string, string | undefined>;

function portOf(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`设置 ${name}=${raw} 不是有效的端口号（0–65535）。`);
  return n;
}

export function readSettings(root: string = process.cwd(), env: Env = process.env): Settings {
  const dir = (name: string, fallback: string) => path.resolve(root, env[name] || fallback);
  const now = env.LINLI_NOW ? new Date(env.LINLI_NOW) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`设置 LINLI_NOW=${env.LINLI_NOW} 不是有效的时间。`);
  return {
    root,
    contentDir: dir('LINLI_CONTENT_DIR', 'content'),
    publicDir: dir('LINLI_PUBLIC_DIR', 'public'),
    distDir: dir('LINLI_DIST', 'dist'),
    port: portOf(env, 'PORT', 4321),
    host: env.LINLI_HOST || '127.0.0.1',
    cmsPort: portOf(env, 'LINLI_CMS_PORT', 8081),
    now,
    fresh: Boolean(env.LINLI_FRESH),
    cacheDir: dir('LINLI_CACHE_DIR', 'node_modules/.cache/linli'),
  };
}

/**
 * The CMS's local backend writes inside one folder (the parent of the content folder); Decap
 * names the content and upload folders relative to it.
 */
export function cmsFolders(s: Pick<Settings, 'contentDir' | 'publicDir'>) {
  const repo = path.dirname(s.contentDir);
  const rel = (p: string) => path.relative(repo, p).split(path.sep).join('/');
  return { repo, content: rel(s.contentDir), uploads: rel(path.join(s.publicDir, 'uploads')) };
}
