/**
 * A result's title and excerpt with the matched words marked, rebuilt from the index's words
 * (src/lib/search/tokens.ts) and the positions Pagefind reports. Sized in characters, since a
 * Chinese "word" of Pagefind's is one character here.
 */
import { readableWords, SECTION_BREAK, wordSpan, type TextPiece } from './tokens.ts';

export interface Part {
  text: string;
  mark: boolean;
}

/** The sections of an indexed entry, in the order src/lib/search/document.ts writes them. */
export interface Sections {
  title: [number, number];
  keyTerms: [number, number];
  body: [number, number];
  /** The title's pinyin: its words, then joined up and initials. */
  titlePinyin: [number, number];
  keyPinyin: [number, number];
}

export function sectionsOf(words: string[]): Sections {
  const breaks = words.flatMap((w, i) => (w === SECTION_BREAK ? [i] : []));
  const at = (i: number) => breaks[i] ?? words.length;
  return {
    title: [0, at(0)],
    keyTerms: [at(0) + 1, at(1)],
    body: [at(1) + 1, at(2)],
    titlePinyin: [at(2) + 1, at(4)],
    keyPinyin: [at(4) + 1, at(6)],
  };
}

/** The index words of the title and of the key terms, Chinese and pinyin, for rank.ts. */
export function namingWords(content: string): { title: string[]; keyTerms: string[] } {
  const words = content.split(/\s+/).map((w) => w.toLowerCase());
  const s = sectionsOf(words);
  return {
    title: [...words.slice(...s.title), ...words.slice(...s.titlePinyin)],
    keyTerms: [...words.slice(...s.keyTerms), ...words.slice(...s.keyPinyin)],
  };
}

/** Pieces of text, each marked when a matched word covers it; runs of the same kind joined. */
function parts(pieces: TextPiece[], covered: Set<number>): Part[] {
  const out: Part[] = [];
  for (const p of pieces) {
    const mark = covered.has(p.word) && p.text.trim() !== '';
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += p.text;
    else out.push({ text: p.text, mark });
  }
  return out;
}

function coveredWords(words: string[], locations: number[]): Set<number> {
  const covered = new Set<number>();
  for (const k of locations) {
    const span = words[k] === undefined ? 1 : wordSpan(words[k]);
    for (let i = 0; i < span; i++) covered.add(k + i);
  }
  return covered;
}

export interface Shown {
  title: Part[];
  excerpt: Part[];
  /** Whether the excerpt starts or ends inside the body (shown with an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The title with its matches marked, and the `size` characters of the body around the most
 * matches (the body's start when it has none: the match was in the title, tags or pinyin).
 */
export function showResult(content: string, locations: number[], size = 80): Shown {
  const words = content.split(/\s+/);
  const s = sectionsOf(words);
  const covered = coveredWords(words, locations);
  const title = parts(readableWords(words.slice(...s.title), s.title[0]), covered);
  const body = readableWords(words.slice(...s.body), s.body[0]);
  const hits = body.flatMap((p, i) => (covered.has(p.word) && p.text.trim() ? [i] : []));
  let start = 0;
  let best = -1;
  for (const h of hits) {
    // Some text before the first match, so it reads as a sentence, not a fragment.
    const from = Math.max(0, h - 10);
    const count = hits.filter((x) => x >= from && x < from + size).length;
    if (count > best) ((best = count), (start = from));
  }
  // A window that would run past the end starts earlier, so it stays full.
  start = Math.max(0, Math.min(start, body.length - size));
  const end = Math.min(body.length, start + size);
  return {
    title,
    excerpt: parts(body.slice(start, end), covered),
    cutStart: start > 0,
    cutEnd: end < body.length,
  };
}
