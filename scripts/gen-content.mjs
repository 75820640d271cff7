/**
 * Makes a large content tree for scale tests: copies content/ and repeats the sample activities,
 * stories and articles until there are `count` entries, each with its own slug and date. Given a
 * public folder too, it also writes phone-sized photos there (PHOTOS of them, 2000 × 1500): every
 * third repeated activity gets a recap with three photos, every fifth story a portrait.
 * Usage: node scripts/gen-content.mjs 3000 .tmp/content-3000 [.tmp/public-3000]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 3000);
const out = path.resolve(root, process.argv[3] ?? `.tmp/content-${count}`);
const publicOut = process.argv[4] && path.resolve(root, process.argv[4]);
const PHOTOS = 250;
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
if (publicOut) {
  const { default: sharp } = await import('sharp');
  rmSync(publicOut, { recursive: true, force: true });
  cpSync(path.join(root, 'public'), publicOut, { recursive: true });
  mkdirSync(path.join(publicOut, 'uploads/gen'), { recursive: true });
  // One noisy scene (noise compresses like a photo, several hundred KB, not like a drawing),
  // turned to a different hue for each photo so each is its own file.
  const circles = [0, 1, 2, 3, 4]
    .map(
      (k) =>
        `<circle cx="${300 + k * 350}" cy="${600 + (k % 2) * 250}" r="${140 + k * 20}" fill="hsl(${k * 60} 60% 50%)"/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1500">
    <rect width="2000" height="1500" fill="hsl(30 50% 70%)"/>${circles}</svg>`;
  const noise = { create: { width: 2000, height: 1500, channels: 3, noise: { type: 'gaussian', mean: 0, sigma: 18 } } };
  const scene = await sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'overlay' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (let n = 0; n < PHOTOS; n++) {
    await sharp(scene.data, { raw: scene.info })
      .modulate({ hue: n, brightness: 0.9 + (n % 5) * 0.05 })
      .resize(1600)
      .jpeg({ quality: 82 })
      .toFile(path.join(publicOut, `uploads/gen/photo-${n}.jpg`));
  }
}
let photo = 0;
const nextPhoto = () => `/uploads/gen/photo-${photo++ % PHOTOS}.jpg`;
/** The frontmatter lines that give a repeated entry its pictures. */
function pictures(folder, i, text) {
  if (!publicOut) return '';
  if (folder === 'events' && i % 3 === 0) {
    const photos = [1, 2, 3].map((k) => `  - image: ${nextPhoto()}\n    alt: 活动现场照片 ${k}`).join('\n');
    const recap = /^recap:/m.test(text) ? '' : 'recap: 活动顺利结束，感谢大家参与。\n';
    return `${recap}photos:\n${photos}\n`;
  }
  if (folder === 'stories' && i % 5 === 0) return `portrait: ${nextPhoto()}\nportraitAlt: 人物照片\n`;
  return '';
}
let made = sources.length;
for (let i = 1; made < count; i++) {
  for (const s of sources) {
    if (made >= count) break;
    const shift = (y) => String(Number(y) - (i % 5));
    const text = s.text
      .replace(/^title: (.*)$/m, (_, t) => `title: ${t.replace(/^["']|["']$/g, '')}（${i}）`.slice(0, 66))
      .replace(/^slug: .*$/m, '')
      .replace(/(\d{4})(-\d\d-\d\d)/g, (_, y, rest) => `${shift(y)}${rest}`)
      .replace(/^---\n/, () => `---\n${pictures(s.folder, i, s.text)}`);
    writeFileSync(path.join(out, s.folder, `${s.name}-${i}.md`), text);
    made++;
  }
}
console.log(`${made} entries in ${path.relative(root, out)}`);
