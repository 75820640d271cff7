/**
 * The Debian packages the tests use, checked before the first test (`npm test`, scripts/test.mjs)
 * and installed when missing: as root, one `apt-get install` per package with one line of
 * progress each; otherwise the one `sudo apt-get …` line to run, and `npm test` stops.
 * `npm install && npm start` needs none of them.
 *
 * Also a command: `node scripts/system-packages.mjs` checks and installs, as npm test does.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { systemText as t } from '../src/i18n/system-packages.ts';

/** What the tests need from Debian, in the order they are installed. */
export const SYSTEM_PACKAGES = ['chromium', 'fonts-noto-cjk', 'nginx', 'libnginx-mod-http-brotli-static'];

/**
 * The packages of `names` that dpkg does not list as installed; `undefined` on a machine
 * without dpkg (not Debian or Ubuntu).
 */
export function missingPackages(names, env = process.env) {
  const r = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Status}\\n', ...names], {
    env,
    encoding: 'utf8',
  });
  if (r.error) return undefined;
  const installed = new Set(
    r.stdout
      .split('\n')
      .map((line) => line.trim().split(' '))
      .filter(([, status]) => status === 'installed')
      .map(([name]) => name),
  );
  return names.filter((n) => !installed.has(n));
}

/** The line a user without root runs: the same install npm test would do as root. */
export const sudoLine = (names) => `sudo apt-get update && sudo apt-get install -y ${names.join(' ')}`;

/**
 * Makes sure every package of `names` is installed. Returns true when they all are (now), false
 * when the user has to install them (the line to run has been printed).
 * @param {{ names?: string[], env?: NodeJS.ProcessEnv, uid?: number, write?: (text: string) => void }} [options]
 */
export function ensurePackages({
  names = SYSTEM_PACKAGES,
  env = process.env,
  uid = process.getuid?.() ?? 0,
  write = (text) => {
    process.stdout.write(text);
  },
} = {}) {
  const missing = missingPackages(names, env);
  if (missing === undefined) {
    write(`${t.noDpkg(names)}\n`);
    return false;
  }
  if (missing.length === 0) return true;
  if (uid !== 0) {
    write(`${t.notRoot(missing)}\n\n  ${sudoLine(missing)}\n\n`);
    return false;
  }
  const apt = (args) =>
    spawnSync('apt-get', args, { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8' });
  write(t.updating);
  let started = performance.now();
  const update = apt(['update', '-q']);
  if (update.status !== 0) {
    write(t.failed('apt-get update', `${update.stdout}${update.stderr}`));
    return false;
  }
  write(`${t.installed(((performance.now() - started) / 1000).toFixed(0))}\n`);
  for (const name of missing) {
    write(t.installing(name, t.purpose[name] ?? name));
    started = performance.now();
    const r = apt(['install', '-y', '-q', name]);
    if (r.status !== 0) {
      write(t.failed(name, `${r.stdout}${r.stderr}`));
      return false;
    }
    write(`${t.installed(((performance.now() - started) / 1000).toFixed(0))}\n`);
  }
  const still = missingPackages(names, env) ?? names;
  if (still.length) {
    write(`${t.notRoot(still)}\n\n  ${sudoLine(still)}\n\n`);
    return false;
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(ensurePackages() ? 0 : 1);
}
