/**
 * Runs `scripts/start.mjs` (what `npm start` runs) on free ports against a test content tree, and
 * stops it the way a terminal does (a signal to npm start, which ends what it started). A start
 * that dies early fails at once, with its output.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ContentPaths } from '../../src/content/repository';
import { projectRoot, siteEnv } from './fixtures';
import { freePort } from './ports';

export interface StartedProcess {
  pid: number;
  url: string;
  port: number;
  cmsPort: number;
  dist: string;
  log: () => string;
  /** Resolves with the exit code once npm start has ended. */
  exited: Promise<number | null>;
  /** Sends a signal (default SIGTERM) and waits for npm start to end. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export interface StartOptions {
  cms?: boolean;
  /** Started as people and service managers start it, `npm start`: signals then go to npm. */
  viaNpm?: boolean;
  port?: number;
  cmsPort?: number;
}

/** Starts npm start without waiting for the site. */
export async function spawnStart(
  paths: ContentPaths,
  name: string,
  options: StartOptions = {},
): Promise<StartedProcess> {
  const port = options.port ?? (await freePort());
  const cmsPort = options.cmsPort ?? (options.cms === false ? 0 : await freePort());
  const dist = path.join(projectRoot, '.tmp', `${name}-dist`);
  let output = '';
  const [command, args] = options.viaNpm ? ['npm', ['start']] : [process.execPath, ['scripts/start.mjs']];
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      LINLI_CMS_PORT: String(cmsPort),
      ...siteEnv(paths),
      LINLI_DIST: dist,
      LINLI_FRESH: '1',
      NO_COLOR: '1',
    },
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { pid: child.pid!, url: `http://127.0.0.1:${port}`, port, cmsPort, dist, log: () => output, exited, stop };
}

/** Starts npm start and waits until it serves the site. */
export async function startSite(
  paths: ContentPaths,
  name: string,
  options: StartOptions = {},
): Promise<StartedProcess> {
  const site = await spawnStart(paths, name, options);
  let ended = false;
  void site.exited.then(() => (ended = true));
  const until = Date.now() + 150_000;
  for (;;) {
    if (ended) throw new Error(`npm start stopped early:\n${site.log()}`);
    if (
      await fetch(site.url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return site;
    if (Date.now() > until) {
      await site.stop();
      throw new Error(`npm start did not serve the site in time:\n${site.log()}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The type the CMS tests keep. */
export type RunningSite = StartedProcess;
