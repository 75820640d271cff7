/** The rendered Markdown body and the pictures of an entry, shared with the CMS preview. */

/** `html` must come from renderMarkdown (src/lib/markdown.ts), which never passes raw HTML through. */
export function EntryBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A picture: from src/lib/images.ts on the site (WebP and a fallback at several widths, its own
 * width and height so nothing shifts), or just an address in the CMS preview.
 */
export interface PictureData {
  src: string;
  width?: number | undefined;
  height?: number | undefined;
  srcset?: string | undefined;
  webp?: string | undefined;
}

interface PictureProps {
  photo: PictureData;
  alt: string;
  /** Which width the picture takes on screen, for the browser to pick a file (`sizes`). */
  sizes: string;
  /** Below the first screen: loaded as the reader scrolls near. */
  lazy?: boolean | undefined;
  /**
   * Addresses held back in `data-` attributes until a script puts them in place: for a gallery,
   * whose next rows a browser's own lazy loading (which looks 1,250 px or more ahead) would fetch
   * at once.
   */
  deferred?: boolean | undefined;
  className?: string | undefined;
}

export function Picture({ photo, alt, sizes, lazy = false, deferred = false, className }: PictureProps) {
  const hold = (attr: 'src' | 'srcset', value: string | undefined) =>
    value ? { [deferred ? `data-${attr}` : attr === 'src' ? 'src' : 'srcSet']: value } : {};
  return (
    <picture className={className}>
      {photo.webp && <source type="image/webp" {...hold('srcset', photo.webp)} sizes={sizes} />}
      <img
        {...hold('src', photo.src)}
        {...hold('srcset', photo.srcset)}
        sizes={photo.srcset ? sizes : undefined}
        width={photo.width}
        height={photo.height}
        alt={alt}
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/** The column a detail page's pictures fill: the whole phone, at most the text's width. */
export const COLUMN_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

export function Cover({ photo, alt }: { photo?: PictureData | undefined; alt?: string | undefined }) {
  if (!photo) return null;
  return (
    <figure className="cover">
      <Picture photo={photo} alt={alt ?? ''} sizes={COLUMN_SIZES} />
    </figure>
  );
}
