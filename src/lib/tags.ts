/**
 * Tags as people type them in Chinese: separated by a comma (full-width or not), 、, a semicolon
 * or spaces, in any mix (「义诊， 健康」「义诊、健康」「义诊 健康」). Empty pieces and repeats drop out.
 */
const SEPARATORS = /[,，、;；\s\u3000]+/;

export function splitTags(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const tag = piece.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** How a list of tags is shown in the one-line field: joined by 、, as Chinese lists are written. */
export const joinTags = (tags: readonly string[]): string => tags.join('、');
