/**
 * Slugs: the ASCII name of an entry in its URL (`/events/<slug>/`). Chinese titles are turned into
 * pinyin so editors get a readable suggestion instead of an empty or percent-encoded URL.
 */
import { pinyin } from 'pinyin-pro';

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export type SlugProblem = 'only-ascii' | 'only-digits' | 'too-long';

/** Each slug rule in an editor's words: why a slug breaking it cannot be used. */
export const SLUG_RULES: Record<SlugProblem, string> = {
  'only-ascii': '只能用小写英文字母、数字和连字符',
  // `/events/2/` is page 2 of the list, so an entry cannot be called "2".
  'only-digits': '不能全是数字，否则会和列表的分页地址（如 /events/2/）冲突',
  'too-long': `最多 ${SLUG_MAX} 个字符`,
};

/** Which slug rule a slug breaks, or null when it is fine. */
export function slugProblem(slug: string): SlugProblem | null {
  if (!SLUG_RE.test(slug)) return 'only-ascii';
  if (/^\d+$/.test(slug)) return 'only-digits';
  if (slug.length > SLUG_MAX) return 'too-long';
  return null;
}

/**
 * Activities recur every year under the same title (重阳节敬老…): a new activity's slug gets its
 * start year, unless it already has it, so each year keeps its own address.
 */
export function withYear(slug: string, start: string | undefined): string {
  const year = /\b(20\d{2})\b/.exec(start ?? '')?.[1];
  return year && !slug.includes(year) ? `${slug}-${year}` : slug;
}

/** A slug suggestion for any text: pinyin for Chinese, lower-case ASCII kept, the rest dropped. */
export function suggestSlug(text: string): string {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = parts
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return /[a-z]/.test(slug) ? slug : `entry-${slug || 'new'}`;
}
