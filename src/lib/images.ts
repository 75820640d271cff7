/**
 * Photos at phone sizes (SPEC §9). A page asks `photo()` for what its <picture> needs: WebP and a
 * JPEG (PNG for pictures with transparency) at a few widths, named as src/lib/photo-jobs.ts says,
 * and the upright width and height (a phone photo's EXIF orientation applied) so nothing shifts
 * while it loads. The files are made by src/integrations/photos.ts. Drawings (SVG, GIF) are
 * served as they are.
 */
import path from 'node:path';
import { photoVersion } from 'virtual:linli/build';
import { readSettings } from '../settings';
import { photoFacts, variantUrl } from './photo-jobs';
import { decodedPath } from './urls';

export interface Photo {
  /** The `<img src>`: the fallback format at a phone-sized width. */
  src: string;
  /** Upright size of the original. */
  width: number;
  height: number;
  /** `srcset` of the fallback format and of WebP; empty for a drawing served as it is. */
  srcset: string;
  webp: string;
}

const PUBLIC_DIR = readSettings().publicDir;
const described = new Map<string, Promise<Photo>>();

/** The `<picture>` data of an image under the public folder (`/uploads/…`). */
export function photo(src: string): Promise<Photo> {
  let p = described.get(src);
  if (!p) {
    p = describe(src);
    described.set(src, p);
  }
  return p;
}

/** `photo()` for an optional image. */
export async function maybePhoto(src: string | undefined): Promise<Photo | undefined> {
  return src ? photo(src) : undefined;
}

async function describe(src: string): Promise<Photo> {
  const file = path.join(PUBLIC_DIR, decodedPath(src));
  // Only pictures under the public folder: `/../` in a path must not reach other files.
  if (!file.startsWith(PUBLIC_DIR + path.sep)) throw new Error(`${src} 不在 public 文件夹里`);
  const { width, height, job } = await photoFacts(file, photoVersion);
  if (!job) return { src, width, height, srcset: '', webp: '' };
  const { hash, widths, fallback } = job;
  const set = (ext: string) => widths.map((w) => `${variantUrl(hash, w, ext)} ${w}w`).join(', ');
  const middle = widths.find((w) => w >= 800) ?? widths[widths.length - 1]!;
  return { src: variantUrl(hash, middle, fallback), width, height, srcset: set(fallback), webp: set('webp') };
}

/**
 * A picture for the 公众号 editor (src/lib/wechat.ts), which takes JPEG and PNG at most 1080 px
 * wide: the widest such size of a photo, or a JPEG/PNG drawing as it is; undefined for a picture
 * with neither (an SVG drawing).
 */
export async function wechatPicture(src: string, maxWidth = 1080): Promise<string | undefined> {
  const p = await photo(src).catch(() => undefined);
  if (!p) return undefined;
  if (!p.srcset) return /\.(jpe?g|png)$/i.test(src) && p.width <= maxWidth ? src : undefined;
  const sizes = p.srcset.split(', ').map((item) => {
    const [url, w] = item.split(' ');
    return { url: url!, width: parseInt(w!, 10) };
  });
  return sizes.filter((x) => x.width <= maxWidth).sort((a, b) => b.width - a.width)[0]?.url;
}

/** What a Markdown body's `<img>` looks like (src/lib/markdown.ts): a path on this site, then alt. */
const BODY_IMAGE = /<img src="(\/[^"]+)" alt="([^"]*)"([^>]*)>/g;
/** A body picture fills the text column. */
const BODY_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/**
 * A rendered body with its photos at phone sizes: each `<img>` of an upload becomes a <picture>
 * with WebP and the fallback at several widths and its own width and height. Attributes are
 * copied as markdown-it escaped them; pictures on other sites and drawings stay as they were.
 */
export async function responsiveBody(html: string): Promise<string> {
  const found = [...html.matchAll(BODY_IMAGE)];
  if (found.length === 0) return html;
  const photos = await Promise.all(found.map(([, src]) => photo(src!.replaceAll('&amp;', '&')).catch(() => undefined)));
  let i = 0;
  return html.replace(BODY_IMAGE, (tag, _src: string, alt: string, rest: string) => {
    const p = photos[i++];
    if (!p) return tag;
    const size = `width="${p.width}" height="${p.height}"`;
    if (!p.srcset) return tag.replace('<img ', `<img ${size} `);
    return (
      `<picture><source type="image/webp" srcset="${p.webp}" sizes="${BODY_SIZES}">` +
      `<img src="${p.src}" srcset="${p.srcset}" sizes="${BODY_SIZES}" ${size} alt="${alt}"${rest}></picture>`
    );
  });
}
