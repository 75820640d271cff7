/**
 * The words the search index holds, shared by the build (which writes them) and the search page
 * (which asks for them and turns them back into text for excerpts).
 *
 * Chinese has no spaces, and Pagefind's own Chinese handling splits a page with one segmenter
 * (jieba) and a query with another (the browser's), so a word split differently on each side is
 * lost, and 义诊 typed as 义 + 诊 finds every page with 义务 and 诊断. So the index gets no Chinese
 * at all: each run of Chinese characters becomes its overlapping pairs (垃圾分类 → 垃圾 圾分 分类)
 * and its last character, each written as a Latin word (`ʋ` + the characters' code points in
 * hex; the last character's ends in `x`). Pagefind then only splits on spaces, matches words by
 * prefix, and:
 * - a two-character word matches only that pair, never its characters apart;
 * - a word inside a longer word is one of its pairs (分类 is in 垃圾分类);
 * - one character matches every pair it starts, and a run's last character;
 * - no browser segmenter is needed to read the index (old WeChat WebViews).
 * Punctuation stays in the text as words of its own (not indexed), so the text can be rebuilt.
 */

const HAN = /\p{Script=Han}/u;
/** A run of Chinese characters, a run of letters and digits, or any other single character. */
const PIECES = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)|(\S)/gu;
/**
 * The letter that starts a word the index holds for Chinese: a Latin letter (so segmenters keep the
 * word whole) that nobody types, so a query or a page's own Latin words (v2, vip) never meet it.
 */
const MARK = 'ʋ';
/** A word the index holds for Chinese: MARK and one or two 4-digit hex code points (`x`: a run's end). */
const CODED = /^ʋ((?:[0-9a-f]{4}){1,2})x?$/;
/**
 * Ends a run's last character, so it is never a prefix of a pair: Pagefind searches a word it
 * does not hold as the longest word it holds that starts it, and 义诊, missing, must not turn into
 * 义. A one-character query (no `x`) still finds it by prefix.
 */
const RUN_END = 'x';

/**
 * Marks the boundary between two runs of Chinese that only a space separated. Markers are two
 * characters: text gives punctuation one character at a time, so a page's own _ or § is never one.
 */
export const RUN_BREAK = '__';
/** Separates the sections of an indexed entry (title, key terms, body, pinyin); never indexed. */
export const SECTION_BREAK = '§§';

export const isHan = (ch: string): boolean => HAN.test(ch);

function code(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  // Characters outside the Basic Multilingual Plane (rare names) are not coded: see indexText.
  return cp > 0xffff ? undefined : cp.toString(16).padStart(4, '0');
}

/** One character or a pair, as the index writes it. */
export function encodeHan(chars: string): string {
  const parts = [...chars].map(code);
  return parts.every(Boolean) ? `${MARK}${parts.join('')}` : chars;
}

/** A run of Chinese characters as the index's words: its pairs, then its last character. */
export function runWords(run: string): string[] {
  const chars = [...run];
  const words: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) words.push(encodeHan(chars[i]! + chars[i + 1]!));
  if (chars.length) words.push(encodeHan(chars[chars.length - 1]!) + RUN_END);
  return words;
}

/**
 * Text as the index's words, space-separated, in reading order. Letters and digits stay words of
 * their own (Pagefind lowercases them); punctuation stays too, so excerpts read like the page.
 */
export function indexText(text: string): string {
  const out: string[] = [];
  let lastWasRun = false;
  for (const m of text.matchAll(PIECES)) {
    const [, han, word, other] = m;
    if (han) {
      // A character outside the Basic Multilingual Plane (𠮶) ends a run and stands as a word of its
      // own, as it is, so the text around it still reads back exactly.
      for (const [, bmp, astral] of han.normalize('NFKC').matchAll(/([\u{3000}-\u{ffff}]+)|(.)/gu)) {
        if (astral) {
          out.push(astral);
          lastWasRun = false;
          continue;
        }
        if (lastWasRun) out.push(RUN_BREAK);
        out.push(...runWords(bmp!));
        lastWasRun = true;
      }
    } else {
      // Full-width letters and digits as ordinary ones (the query is read the same way);
      // Chinese punctuation stays as written, for the excerpt.
      out.push(word ? word.normalize('NFKC') : other!);
      lastWasRun = false;
    }
  }
  return out.join(' ');
}

/** A word of the index back as text: Chinese decoded, anything else as it is. */
export function decodeWord(word: string): string {
  const m = CODED.exec(word);
  if (!m) return word;
  const hex = m[1]!;
  let s = '';
  for (let i = 0; i < hex.length; i += 4) s += String.fromCodePoint(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

export interface TextPiece {
  text: string;
  /**
   * The index word that starts here. A run of n characters has n words, one starting at each
   * character, so a match of word k spanning two characters covers this piece and the next.
   */
  word: number;
}

/**
 * The index's words (as Pagefind returns a page's content) rebuilt as readable text: one piece per
 * Chinese character, Latin word or punctuation mark. Overlapping pairs collapse back into the run.
 */
export function readableWords(words: string[], first = 0): TextPiece[] {
  const pieces: TextPiece[] = [];
  let inRun = false;
  let latin = false;
  words.forEach((w, i) => {
    const index = first + i;
    const decoded = decodeWord(w);
    if (decoded !== w) {
      const chars = [...decoded];
      if (!inRun) pieces.push({ text: chars[0]!, word: index });
      // A pair's second character starts the next word of the run; a lone last character adds nothing.
      if (chars.length === 2) pieces.push({ text: chars[1]!, word: index + 1 });
      inRun = chars.length === 2;
      latin = false;
      return;
    }
    inRun = false;
    if (w === RUN_BREAK) {
      pieces.push({ text: ' ', word: index });
      latin = false;
      return;
    }
    const isLatin = /^(?!\p{Script=Han})[\p{L}\p{N}]/u.test(w);
    pieces.push({ text: isLatin && latin ? ` ${w}` : w, word: index });
    latin = isLatin;
  });
  return pieces;
}

/** How many pieces a matched word covers: two for a pair, one otherwise. */
export const wordSpan = (word: string): number => ([...decodeWord(word)].length === 2 && CODED.test(word) ? 2 : 1);

/** Convenience for tests and plain text: the words back as one string. */
export function readable(words: string): string {
  return readableWords(words.split(/\s+/).filter(Boolean))
    .map((p) => p.text)
    .join('');
}
