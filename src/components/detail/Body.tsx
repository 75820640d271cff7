/** The rendered Markdown body and the cover image of an entry, shared with the CMS preview. */

/** `html` must come from renderMarkdown (src/lib/markdown.ts), which never passes raw HTML through. */
export function EntryBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Cover({ src, alt }: { src?: string | undefined; alt?: string | undefined }) {
  if (!src) return null;
  return (
    <figure className="cover">
      <img src={src} alt={alt ?? ''} width={1200} height={675} decoding="async" />
    </figure>
  );
}
