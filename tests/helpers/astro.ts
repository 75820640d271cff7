/** Runs the real `astro build` on the Node that runs the tests (Node 24 under `npm test`). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './fixtures';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function astroBuild(outDir: string, env: Record<string, string> = {}): BuildResult {
  const r = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
