/**
 * Makes a large content tree for scale tests: copies content/ and repeats the sample activities,
 * stories and articles until there are `count` entries, each with its own slug and date.
 * Usage: node scripts/gen-content.mjs 3000 .tmp/content-3000
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 3000);
const out = path.resolve(root, process.argv[3] ?? `.tmp/content-${count}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(path.join(root, 'content'), out, { recursive: true });

const folders = ['events', 'stories', 'articles'];
const sources = folders.flatMap((f) =>
  readdirSync(path.join(root, 'content', f))
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({
      folder: f,
      name: n.replace(/\.md$/, ''),
      text: readFileSync(path.join(root, 'content', f, n), 'utf8'),
    }))
    .filter((s) => !/^draft: true$/m.test(s.text)),
);
let made = sources.length;
for (let i = 1; made < count; i++) {
  for (const s of sources) {
    if (made >= count) break;
    const shift = (y) => String(Number(y) - (i % 5));
    const text = s.text
      .replace(/^title: (.*)$/m, (_, t) => `title: ${t.replace(/^["']|["']$/g, '')}（${i}）`.slice(0, 66))
      .replace(/^slug: .*$/m, '')
      .replace(/(\d{4})(-\d\d-\d\d)/g, (_, y, rest) => `${shift(y)}${rest}`);
    writeFileSync(path.join(out, s.folder, `${s.name}-${i}.md`), text);
    made++;
  }
}
console.log(`${made} entries in ${path.relative(root, out)}`);
