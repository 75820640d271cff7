/**
 * What a resident types, turned into what the index holds (src/lib/search/tokens.ts). Runs in the
 * browser; pure, so every rule has a unit test.
 *
 * A query becomes one or more variants, each one Pagefind search (all its words must match):
 * - `exact`: what was typed, normalised (full-width → half-width, lower case, traditional →
 *   simplified, question words dropped) and split into words;
 * - `synonym`: the same with an everyday word swapped for the site's word (看病 → 就医), from the
 *   editors' list in content/search-synonyms.yml;
 * - `joined`: Latin words typed apart run together (yi zhen → yizhen, the pinyin the index holds);
 * - `relaxed`: tried only when nothing else finds anything: single characters left out, and
 *   without a word segmenter, the run cut into pairs.
 * A page holding the query exactly as typed comes first, then the exact variant's other results,
 * then each variant's in turn (src/lib/search/rank.ts).
 */
import { encodeHan } from './tokens.ts';

export type VariantKind = 'exact' | 'synonym' | 'joined' | 'relaxed';

export interface Variant {
  kind: VariantKind;
  /** The normalised text this variant searches for (shown as 「看病」→「就医」). */
  text: string;
  /** The Pagefind query: index words separated by spaces. */
  terms: string;
  /**
   * Words that may be left out when they are nowhere in the index: pairs of a word the
   * segmenter did not know, which may straddle two words (重阳义诊 → 阳义).
   */
  droppable?: string[];
  /** The index words of the query as typed, in order, for a phrase search (exact variant only). */
  phrase?: string;
}

/** Splits Chinese text into words; the browser's Intl.Segmenter when it has one. */
export type Segment = (text: string) => string[];

export interface QueryOptions {
  /** Groups of words that mean the same to residents; the first is the site's own word. */
  synonyms?: readonly (readonly string[])[];
  /** Traditional → simplified, character by character (src/lib/search/t2s.ts). */
  toSimplified?: ((text: string) => string) | undefined;
  /** Undefined when the browser has no word segmenter. */
  segment?: Segment | undefined;
}

/**
 * Question words and particles that say nothing about the topic: 怎么报名献血 is 报名 献血. Dropped
 * only where the segmenter finds them as words of their own, so 怎么办理 keeps 办理 and 自我要求
 * keeps 要求; without a segmenter, only at the start or end of what was typed.
 */
const STOP_WORDS = new Set([
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '什么',
  '什么时候',
  '时候',
  '哪里',
  '哪儿',
  '在哪',
  '请问',
  '我想',
  '我要',
  '想要',
  '有没有',
  '没有',
  '可以',
  '一下',
]);
/**
 * Single characters dropped when the segmenter leaves them on their own (的, 了, 吗 …). Only
 * those that never start a word a resident would look for: 就 stays (就医), 会 stays (会议).
 */
const STOP_CHARS = new Set([...'的了吗呢吧啊呀么和与及或在是有哪我你您他她请']);
/** Longer than this, what was typed is cut: a pasted paragraph is not a query. */
export const MAX_QUERY = 32;

/** Full-width letters and digits as ordinary ones, lower case, punctuation as spaces. */
export function normalizeQuery(raw: string, toSimplified: (t: string) => string = (t) => t): string {
  return toSimplified(raw.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function intlSegment(): Segment | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].map((s) => s.segment);
}

/** Pairs of a run (or the character alone): the index words all of which a page must hold. */
function pairs(unit: string): string[] {
  const chars = [...unit];
  if (chars.length === 1) return [encodeHan(unit)];
  return chars.slice(1).map((c, i) => encodeHan(chars[i]! + c));
}

export interface Unit {
  text: string;
  /** Characters the segmenter left on their own, joined: where the words begin is a guess. */
  guessed: boolean;
}

/**
 * A run of Chinese as words: the segmenter's words, particles dropped, and characters it left on
 * their own joined up again (it splits words it does not know: 义诊 → 义 诊).
 */
export function hanUnits(run: string, segment: Segment | undefined): Unit[] {
  if (!segment) return [{ text: run, guessed: [...run].length > 2 }];
  const units: Unit[] = [];
  let singles = '';
  const flush = () => {
    if (singles) units.push({ text: singles, guessed: [...singles].length > 2 });
    singles = '';
  };
  const words = segment(run);
  words.forEach((word, i) => {
    if (STOP_WORDS.has(word)) {
      flush();
      // 怎么办 at the end: 怎么 + 办, both asking, neither the topic.
      if (words[i + 1] === '办' && i + 2 === words.length) words.pop();
      return;
    }
    if ([...word].length === 1) {
      if (!STOP_CHARS.has(word)) singles += word;
      else flush();
      return;
    }
    flush();
    units.push({ text: word, guessed: false });
  });
  flush();
  return units;
}

interface Parsed {
  terms: string[];
  /** Whether a term is one character (it matches by prefix and may be left out when relaxing). */
  single: boolean[];
  /** Whether a term is a pair from a guessed word: maybe across two words, so droppable. */
  guessed: boolean[];
}

/**
 * A run split around the words of the synonym list it holds (看病, 打疫苗, 老人节): those stay
 * whole, all their pairs required, so 打疫苗 is not 打 + 疫苗 and 老人节 is not 老人 + 节.
 */
function withAtoms(run: string, atoms: readonly string[], segment: Segment | undefined): Unit[] {
  const atom = atoms.find((a) => a.length > 1 && run.includes(a));
  if (!atom) return hanUnits(run, segment);
  const [before, ...after] = run.split(atom);
  const rest = after.join(atom);
  return [
    ...(before ? withAtoms(before, atoms, segment) : []),
    { text: atom, guessed: false },
    ...(rest ? withAtoms(rest, atoms, segment) : []),
  ];
}

function parse(text: string, segment: Segment | undefined, pairUp = false, atoms: readonly string[] = []): Parsed {
  const out: Parsed = { terms: [], single: [], guessed: [] };
  const push = (term: string, single: boolean, guessed: boolean) => {
    out.terms.push(term);
    out.single.push(single);
    out.guessed.push(guessed);
  };
  let rest = text;
  if (!segment) {
    const edges = [...STOP_WORDS].sort((a, b) => b.length - a.length).join('|');
    rest = rest.replace(new RegExp(`^(?:${edges})+|(?:${edges})+$`, 'gu'), ' ');
  }
  for (const m of rest.matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu)) {
    if (m[2]) {
      push(m[2], false, false);
      continue;
    }
    for (const unit of withAtoms(m[1]!, atoms, segment)) {
      const chars = [...unit.text];
      if (pairUp && chars.length > 2) {
        // No segmenter: cut into pairs from the start (垃圾分类督导 → 垃圾 分类 督导).
        for (let i = 0; i < chars.length; i += 2)
          push(encodeHan(chars.slice(i, i + 2).join('')), i + 1 >= chars.length, false);
        continue;
      }
      for (const t of pairs(unit.text)) push(t, chars.length === 1, unit.guessed);
    }
  }
  return out;
}

const unique = <T>(list: T[]) => [...new Set(list)];

/** Each way of swapping an everyday word for another in its group (at most `limit`). */
export function synonymTexts(text: string, groups: readonly (readonly string[])[], limit = 6): string[] {
  const out: string[] = [];
  for (const group of groups) {
    // Longest first, so 打疫苗 is swapped whole before 疫苗 is considered.
    const words = [...group].sort((a, b) => b.length - a.length);
    const found = words.find((w) => w && text.includes(w));
    if (!found) continue;
    for (const other of group) {
      if (other === found || text.includes(other)) continue;
      out.push(text.split(found).join(other));
    }
  }
  return unique(out).slice(0, limit);
}

/**
 * The query typed as one run of three or more characters (垃圾分类督导, 法律门诊), as the index
 * words that run would be, in order: searched as a phrase, a page holding it as typed comes first.
 */
function phraseOf(text: string): string | undefined {
  if (!/^\p{Script=Han}{3,}$/u.test(text)) return undefined;
  const chars = [...text];
  return chars
    .slice(1)
    .map((c, i) => encodeHan(chars[i]! + c))
    .join(' ');
}

/** Every variant of a query, exact first. Empty when nothing searchable was typed. */
export function queryVariants(raw: string, options: QueryOptions = {}): Variant[] {
  const { synonyms = [], toSimplified, segment } = options;
  const cut = [...raw].slice(0, MAX_QUERY).join('');
  const text = normalizeQuery(cut, toSimplified);
  // As typed, before traditional → simplified: 乾隆 is also a simplified word, and stays findable.
  const typed = normalizeQuery(cut);
  const groups = synonyms.map((g) => g.map((w) => normalizeQuery(w, toSimplified)));
  const atoms = groups.flat().filter((w) => text.includes(w));
  const exact = parse(text, segment, false, atoms);
  if (!exact.terms.length) return [];
  const droppable = exact.terms.filter((_, i) => exact.guessed[i]);
  const phrase = phraseOf(text);
  const variants: Variant[] = [
    {
      kind: 'exact',
      text,
      terms: unique(exact.terms).join(' '),
      ...(droppable.length && { droppable }),
      ...(phrase && phrase !== exact.terms.join(' ') && { phrase }),
    },
  ];
  const add = (kind: VariantKind, t: string, terms: string[]) => {
    const joined = unique(terms).join(' ');
    if (joined && !variants.some((v) => v.terms === joined)) variants.push({ kind, text: t, terms: joined });
  };
  if (typed !== text) add('exact', typed, parse(typed, segment, false, atoms).terms);
  for (const alt of synonymTexts(text, groups)) add('synonym', alt, parse(alt, segment, false, groups.flat()).terms);
  // Pinyin typed with spaces (yi zhen): the index holds whole words' pinyin (yizhen).
  if (/^[a-z]+( [a-z]+)+$/.test(text)) add('joined', text.replace(/ /g, ''), [text.replace(/ /g, '')]);
  const relaxed = segment ? exact.terms.filter((_, i) => !exact.single[i]) : parse(text, undefined, true).terms;
  if (relaxed.length) add('relaxed', text, relaxed);
  return variants;
}
