/**
 * The search index's view of one entry (built at build time, never served as a page): only its
 * content, in sections Pagefind weighs differently, with the facts the results list shows as
 * metadata and the type, category and year as filters. No header, footer, status badges, labels or
 * related entries: they are on every page and would match every query.
 */
import { pinyin } from 'pinyin-pro';
import { hanUnits, intlSegment } from './query.ts';
import { indexText, SECTION_BREAK } from './tokens.ts';

/** Filter names as the URL and the index spell them. */
export const FILTERS = ['type', 'category', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface SearchEntry {
  url: string;
  title: string;
  /** 活动 / 典型 / 资料 …: the type filter's value, also shown on the result. */
  type: string;
  categories: string[];
  /** For an activity the year it takes place; otherwise the year it was published. */
  year?: string | undefined;
  /** Short words that say what it is about: tags, a story's subject, a team's name, the place. */
  keyTerms: string[];
  /** The body (and an activity's recap) as plain text. */
  body: string;
  /** Shown with the result: the date as residents read it, an activity's times for its status. */
  meta: Record<string, string | undefined>;
}

/**
 * How much a match counts, by section (Pagefind's 0–10). Titles and key terms decide what a page
 * is about; a word somewhere in a long body only says it is mentioned. Joined pinyin and initials
 * (lajifenlei, yz) count less: many words share initials.
 */
export const WEIGHTS = { title: 10, keyTerms: 6, body: 1, joined: 3 } as const;

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const segment = intlSegment();

export interface PinyinWords {
  /** Each word's whole pinyin: yizhen, laji, fenlei. */
  words: string[];
  /** Neighbouring words and the whole run together, and initials: lajifenlei, ljfl, yz. */
  more: string[];
}

/**
 * Pinyin a resident may type for a title or key term: each word's full pinyin and initials, and
 * the same for each two neighbouring words and for the whole (学雷锋志愿服务日 → xueleifeng,
 * xlf, zhiyuanfuwu, … xueleifengzhiyuanfuwuri). Pagefind matches by prefix, so the start of any of
 * these finds it too. ü is written v, as on phone keyboards. The joined forms are kept apart from
 * the words, to be weighed less: otherwise a title whose words join up in more ways (yizhen,
 * yizhenbutingxie) would outrank one that simply holds 义诊.
 */
export function pinyinWords(text: string): PinyinWords {
  const words = new Set<string>();
  const more = new Set<string>();
  const latin = (w: string) => /^[a-z]+$/.test(w);
  for (const [run] of text.normalize('NFKC').matchAll(/\p{Script=Han}+/gu)) {
    const units = hanUnits(run, segment).map(({ text: u }) => {
      const syllables = pinyin(u, { toneType: 'none', type: 'array', v: true }) as string[];
      return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
    });
    const add = (list: typeof units, into: Set<string>) => {
      const full = list.map((u) => u.full).join('');
      const initials = list.map((u) => u.initials).join('');
      if (latin(full)) into.add(full);
      if (initials.length >= 2 && latin(initials)) more.add(initials);
    };
    units.forEach((u, i) => {
      add([u], words);
      if (i + 1 < units.length) add([u, units[i + 1]!], more);
    });
    if (units.length > 2) add(units, more);
  }
  return { words: [...words], more: [...more].filter((w) => !words.has(w)) };
}

/** The HTML Pagefind indexes for an entry. */
export function searchDocument(e: SearchEntry): string {
  const meta = Object.entries({ title: e.title, type: e.type, category: e.categories.join('、'), ...e.meta })
    .filter((kv): kv is [string, string] => Boolean(kv[1]))
    .map(([k, v]) => `<span data-pagefind-meta="${k}">${escape(v)}</span>`);
  const filters = [
    `<span data-pagefind-filter="type">${escape(e.type)}</span>`,
    ...e.categories.map((c) => `<span data-pagefind-filter="category">${escape(c)}</span>`),
    ...(e.year ? [`<span data-pagefind-filter="year">${escape(e.year)}</span>`] : []),
  ];
  const title = pinyinWords(e.title);
  const terms = e.keyTerms.map(pinyinWords);
  const section = (weight: number, text: string) =>
    `<p data-pagefind-weight="${weight}">${escape(text)} ${SECTION_BREAK}</p>`;
  return [
    '<!doctype html><html lang="und"><head><meta charset="utf-8"><title>.</title></head><body>',
    ...meta,
    ...filters,
    '<main data-pagefind-body>',
    section(WEIGHTS.title, indexText(e.title)),
    section(WEIGHTS.keyTerms, indexText(e.keyTerms.join('，'))),
    section(WEIGHTS.body, indexText(e.body)),
    // Pinyin after the text (never shown), weighted like the words it spells: yizhen ranks as 义诊.
    section(WEIGHTS.title, title.words.join(' ')),
    section(WEIGHTS.joined, title.more.join(' ')),
    section(WEIGHTS.keyTerms, terms.flatMap((t) => t.words).join(' ')),
    section(WEIGHTS.joined, terms.flatMap((t) => t.more).join(' ')),
    '</main></body></html>',
  ].join('\n');
}
