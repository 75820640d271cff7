/**
 * Runs `scripts/start.mjs` (what `npm start` runs) on free ports against a test content tree, and
 * stops it with everything it started. A start that dies early fails at once, with its output.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ContentPaths } from '../../src/content/repository';
import { projectRoot, siteEnv } from './fixtures';
import { freePort } from './ports';

export interface RunningSite {
  url: string;
  cmsPort: number;
  log: () => string;
  stop: () => Promise<void>;
}

export async function startSite(paths: ContentPaths, name: string, { cms = true } = {}): Promise<RunningSite> {
  const [port, cmsPort] = [await freePort(), cms ? await freePort() : 0];
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: projectRoot,
    detached: true, // its own process group, so stop() also ends the builds and decap-server it runs
    env: {
      ...process.env,
      PORT: String(port),
      LINLI_CMS_PORT: String(cmsPort),
      ...siteEnv(paths),
      LINLI_DIST: path.join(projectRoot, '.tmp', `${name}-dist`),
      LINLI_FRESH: '1',
      NO_COLOR: '1',
    },
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    }
  };

  const until = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start stopped early:\n${output}`);
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (Date.now() > until) {
      await stop();
      throw new Error(`npm start did not serve the site in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, cmsPort, log: () => output, stop };
}
