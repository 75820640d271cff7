/**
 * The editor's guide (docs/editor-guide.md) as a page of the site at /admin/guide/, so an office
 * without access to the repository can read it next to the CMS. Its pictures are the screenshots
 * the CMS test takes (docs/screenshots/guide-*.png), served beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const docs = (root: string) => path.join(root, 'docs');

/** The guide's pictures, by file name. */
export function guidePictures(root = process.cwd()): string[] {
  return readdirSync(path.join(docs(root), 'screenshots')).filter((n) => /^guide-[\w-]+\.png$/.test(n));
}

export function guidePicture(name: string, root = process.cwd()): Buffer {
  return readFileSync(path.join(docs(root), 'screenshots', name));
}

/** The guide as HTML: the repository's own Markdown, with no HTML of its own let through. */
export function guideHtml(root = process.cwd()): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  const html = md.render(readFileSync(path.join(docs(root), 'editor-guide.md'), 'utf8'));
  // Pictures sit beside the page; links to other files of the repository are not on the site.
  return html
    .replace(/src="screenshots\/(guide-[\w-]+\.png)"/g, (_, name: string) => {
      const png = guidePicture(name, root); // width and height from the PNG header: no jump as it loads
      const size = `width="${png.readUInt32BE(16)}" height="${png.readUInt32BE(20)}"`;
      return `src="/admin/guide/${name}" ${size} loading="lazy"`;
    })
    .replace(/<a href="(?!https?:|#)[^"]*">([^<]*)<\/a>/g, '$1');
}
