/**
 * No line of code over 120 characters (Prettier keeps to its width where it can, but leaves long
 * strings and comments alone). Run by `npm run lint`, part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|astro|css|json|yml)$/.test(f))
  .filter((f) => !f.startsWith('content/') && !f.startsWith('tests/fixtures/') && !f.endsWith('package-lock.json'));
const long = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .flatMap((line, i) => ([...line].length > MAX ? [`${f}:${i + 1}: ${[...line].length} 个字符`] : [])),
);
if (long.length) {
  console.error(`这些行超过 ${MAX} 个字符，请拆开：\n${long.join('\n')}`);
  process.exit(1);
}
