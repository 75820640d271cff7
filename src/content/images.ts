/**
 * The pictures (and recordings) an entry shows, found from the content model rather than listed
 * by hand: every field whose widget is `image` (or `file`), inside objects and lists of objects
 * too. Add a picture field to model.ts and the build checks that its file exists, counts it as
 * used, and the photo step finds it, with no other list to keep in step.
 *
 * Pictures in a Markdown body are not fields: they come from the renderer (`Entry.images`).
 */
import { definitionOf } from './check';
import type { Field } from './fields';

/** An uploaded file one field of an entry names. */
export interface Upload {
  /** The top-level field as written in the file (`photos`): what the build's messages name. */
  field: string;
  /** That field's Chinese label (活动照片), as the build's messages show it. */
  label: string;
  /** Where exactly the value is (`cover`, `photos[2].image`). */
  path: string;
  /** The site path, e.g. `/uploads/2027/yizhen.jpg`. */
  src: string;
  /** `image` for a picture, `file` for another upload (a recording). */
  widget: 'image' | 'file';
}

type Fields = Record<string, Field>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every non-empty upload (picture or recording) the fields name in `data`, in the model's order.
 * `data` is an entry's frontmatter, checked or not: values of the wrong shape are skipped.
 */
export function uploadsIn(fields: Fields, data: unknown): Upload[] {
  const out: Upload[] = [];
  const walk = (defs: Fields, values: Record<string, unknown>, at: string, top?: { field: string; label: string }) => {
    for (const [key, f] of Object.entries(defs)) {
      const value = values[key];
      const path = at ? `${at}.${key}` : key;
      const owner = top ?? { field: key, label: f.label };
      if (f.widget === 'image' || f.widget === 'file') {
        if (typeof value === 'string' && value.trim()) out.push({ ...owner, path, src: value, widget: f.widget });
      } else if (f.fields && f.widget === 'object' && isRecord(value)) {
        walk(f.fields, value, path, owner);
      } else if (f.fields && f.widget === 'list' && Array.isArray(value)) {
        value.forEach((item, i) => isRecord(item) && walk(f.fields!, item, `${path}[${i}]`, owner));
      }
    }
  };
  if (isRecord(data)) walk(fields, data, '');
  return out;
}

/**
 * Every non-empty picture the fields name in `data` (an activity's cover and each of its photos…).
 * For an entry of a collection: `imagesIn(definitionOf('events').fields, entry.data)` (check.ts).
 */
export function imagesIn(fields: Fields, data: unknown): Upload[] {
  return uploadsIn(fields, data).filter((u) => u.widget === 'image');
}

/** The entries whose pictures the site shows at phone sizes (src/lib/images.ts). */
interface ContentWithPictures {
  events: { data: unknown; images: string[] }[];
  stories: { data: unknown; images: string[] }[];
  articles: { data: unknown; images: string[] }[];
}

/**
 * Every picture the site shows at phone sizes: each image field of an activity, story or article
 * (cover, portrait, recap photos: their pages and cards show them) and each picture in their
 * bodies. The site's own pictures (the WeChat group's QR code, a team's logo) are served as they are.
 */
export function picturesOf(content: ContentWithPictures): string[] {
  const srcs: string[] = [];
  for (const kind of ['events', 'stories', 'articles'] as const) {
    const fields = definitionOf(kind).fields;
    for (const e of content[kind]) srcs.push(...imagesIn(fields, e.data).map((u) => u.src), ...e.images);
  }
  return srcs;
}
