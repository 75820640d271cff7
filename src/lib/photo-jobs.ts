/**
 * The photo sizes the site makes: src/lib/images.ts names them for the pages,
 * src/integrations/photos.ts makes them. Both name a photo's files the same way, from its bytes
 * and the photos' version (code, encoder options and package versions: src/integrations/build.ts),
 * so a change to any of them gives new `/_img/` names, which browsers may keep for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

/** Widths made of every photo: a list thumbnail, a phone's screen at 2× and 3×, a desktop. */
export const WIDTHS = [240, 480, 800, 1200] as const;
/** Where the made files go in the built site. */
export const IMAGE_DIR = '/_img/';

/**
 * How each size is encoded. Quality for phone screens: photos of people and places, not
 * documents; the JPEG fallback is plain libjpeg (mozjpeg is 3–5× slower).
 */
export const PHOTO_ENCODING = {
  webp: { quality: 72 },
  jpg: { quality: 76, progressive: true, background: '#fff' },
  png: { compressionLevel: 8, palette: false },
} as const;

/** One source photo and what to make of it. */
export interface PhotoJob {
  file: string;
  /** The files' name: see photoName. */
  hash: string;
  widths: number[];
  fallback: 'jpg' | 'png';
}

/** The name of a photo's sized files: its bytes under the photos' version. */
export function photoName(photoVersion: string, bytes: Uint8Array): string {
  return createHash('sha256').update(photoVersion).update(bytes).digest('hex').slice(0, 16);
}

/** The widths made of a photo `width` pixels wide: never wider than the original. */
export function widthsFor(width: number): number[] {
  const below = WIDTHS.filter((w) => w < width);
  return width <= WIDTHS[WIDTHS.length - 1]! ? [...below, width] : [...WIDTHS];
}

export const variantUrl = (hash: string, width: number, ext: string) => `${IMAGE_DIR}${hash}-${width}.${ext}`;

/** What a page needs to know of a picture, and the job that makes its sizes (none for a drawing). */
export interface PhotoFacts {
  /** Upright size of the original. */
  width: number;
  height: number;
  job: PhotoJob | undefined;
}

/** Reads a picture's size and format: pages and the photo step work it out by this one function. */
export async function photoFacts(file: string, photoVersion: string): Promise<PhotoFacts> {
  const bytes = readFileSync(file);
  const meta = await sharp(bytes).metadata();
  // Orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 800;
  const height = (turned ? meta.width : meta.height) ?? 600;
  // Drawings (SVG, GIF) are served as they are.
  if (!['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff'].includes(meta.format ?? ''))
    return { width, height, job: undefined };
  const fallback = meta.format === 'png' && meta.hasAlpha ? 'png' : 'jpg';
  return { width, height, job: { file, hash: photoName(photoVersion, bytes), widths: widthsFor(width), fallback } };
}
