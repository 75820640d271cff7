/**
 * `npm test`: everything the suite checks, arranged to finish soonest on a 2-core machine.
 *   0. the Debian packages the tests use (Chromium, CJK fonts, nginx and its brotli module):
 *      installed when missing, as root; otherwise the `sudo apt-get` line to run, and a stop
 *      (scripts/system-packages.mjs);
 *   1. formatting and line length, then the unit tests: seconds, and they fail fastest;
 *   2. the build tests (vitest, two files at a time) and, beside them, the type check (`astro
 *      check`, a minute and a half of one core: the build tests spend much of theirs waiting on
 *      an editor's pauses); the type check's report is printed when it is done;
 *   3. the end-to-end tests in Chromium (playwright).
 * Stops at the first step that fails and exits with its code. Each step is also an npm script
 * of its own (npm run check, lint, test:unit, test:build, test:e2e).
 */
import { spawn } from 'node:child_process';
import { ensurePackages } from './system-packages.mjs';

/** Runs an npm script; `quiet` keeps its output until it ends. Resolves with its exit code. */
function npmRun(script, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      if (quiet) process.stdout.write(`\n── npm run ${script} ──\n${output}`);
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
const step = async (...scripts) => {
  const [first, ...beside] = scripts;
  const codes = await Promise.all([npmRun(first), ...beside.map((s) => npmRun(s, { quiet: true }))]);
  const failed = codes.findIndex((c) => c !== 0);
  if (failed >= 0) {
    console.error(`\nnpm test: ${scripts[failed]} failed.`);
    process.exit(codes[failed]);
  }
};

if (!ensurePackages()) process.exit(1);
await step('lint');
await step('test:unit');
await step('test:build', 'check');
await step('test:e2e');
console.log(`\nnpm test: all passed in ${((Date.now() - started) / 60000).toFixed(1)} minutes.`);
