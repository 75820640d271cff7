/**
 * The photo sizes the site makes (src/lib/images.ts asks, scripts/images.mjs makes them): shared
 * by the pages and the build hook, so nothing here imports anything.
 */

/** Widths made of every photo: a list thumbnail, a phone's screen at 2× and 3×, a desktop. */
export const WIDTHS = [240, 480, 800, 1200] as const;
/** Where the made files go in the built site. */
export const IMAGE_DIR = '/_img/';

/** One source photo and what to make of it. */
export interface PhotoJob {
  file: string;
  hash: string;
  widths: number[];
  fallback: 'jpg' | 'png';
}

/** The photos the pages asked for, by hash: read by the build hook in the same process. */
export function photoJobs(): Map<string, PhotoJob> {
  const g = globalThis as { __linliPhotos?: Map<string, PhotoJob> };
  return (g.__linliPhotos ??= new Map());
}

/** The widths made of a photo `width` pixels wide: never wider than the original. */
export function widthsFor(width: number): number[] {
  const below = WIDTHS.filter((w) => w < width);
  return width <= WIDTHS[WIDTHS.length - 1]! ? [...below, width] : [...WIDTHS];
}

export const variantUrl = (hash: string, width: number, ext: string) => `${IMAGE_DIR}${hash}-${width}.${ext}`;
