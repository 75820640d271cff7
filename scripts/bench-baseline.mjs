/**
 * The benchmark's yardstick (SPEC §9): the plainest Astro + markdown-it + Pagefind site over the
 * same content — one page per activity, story and article and an index, nothing else. Written
 * into a folder and built with the same Astro, so the two builds differ only in what Linli adds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILES = {
  'astro.config.mjs': `export default { output: 'static' };\n`,
  'src/content.ts': `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
const md = new MarkdownIt();
const dir = process.env.BASELINE_CONTENT!;
export const entries = ['events', 'stories', 'articles'].flatMap((section) =>
  readdirSync(path.join(dir, section)).filter((n) => n.endsWith('.md')).map((n) => {
    const [, front, body] = readFileSync(path.join(dir, section, n), 'utf8').split(/^---$/m);
    const data = parse(front ?? '') ?? {};
    return { section, slug: n.slice(0, -3), title: String(data.title), html: md.render(body ?? '') };
  }),
);
`,
  'src/pages/[section]/[slug].astro': `---
import { entries } from '../../content';
export const getStaticPaths = () => entries.map((e) => ({ params: { section: e.section, slug: e.slug }, props: e }));
const { title, html } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1><Fragment set:html={html} /></main></body></html>
`,
  'src/pages/index.astro': `---
import { entries } from '../content';
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>首页</title></head>
<body><ul>{entries.map((e) => <li><a href={\`/\${e.section}/\${e.slug}/\`}>{e.title}</a></li>)}</ul></body></html>
`,
};

export function writeBaseline(dir) {
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}
