/**
 * One ranked list from the searches a query became (src/lib/search/query.ts): everything the
 * query found first, then what synonyms
 * (the site's own word first) and pinyin added, so an expansion never buries an exact hit. Within
 * each group Pagefind's score decides, raised for pages whose title holds the query and for
 * activities still to come (rerank).
 */
export interface Found {
  id: string;
  score: number;
}

export interface Ranked extends Found {
  /** The search that first found it, in the order searched: exact, synonyms, pinyin. */
  group: number;
}

export function mergeVariants(lists: Found[][]): Ranked[] {
  const seen = new Set<string>();
  const out: Ranked[] = [];
  lists.forEach((list, group) => {
    for (const r of [...list].sort((a, b) => b.score - a.score)) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ ...r, group });
    }
  });
  return out;
}

/**
 * How much more an activity still to come counts: enough to pass a page that scores a little
 * higher (the same words, a longer page), not one that is clearly more on topic.
 */
export const UPCOMING_BOOST = 1.5;
/** How much more a page counts that holds the query as typed (法律门诊, not 法律 … 门诊). */
export const AS_TYPED_BOOST = 2;

/** What is known about a result once its data is fetched. */
export interface Seen extends Ranked {
  /** An activity still to come (报名中, 报名已截止 or 进行中 now). */
  upcoming: boolean;
  /**
   * How far the page is named for the query (0–1): the share of the query's words its title holds,
   * or half the share its key terms (tags, a story's subject) hold, whichever is more.
   */
  named: number;
  /** Whether it holds the query as typed, in one piece. */
  asTyped: boolean;
}

/**
 * Reorders a page of results within their groups: a page named for the query counts up to
 * double, one holding it as typed double again, and an activity still to come half as much
 * again, so the upcoming drive comes before last year's and a page named for the query before one
 * that mentions it often.
 */
export function rerank<T extends Seen>(list: T[]): T[] {
  const key = (r: T) => r.score * (1 + r.named) * (r.upcoming ? UPCOMING_BOOST : 1) * (r.asTyped ? AS_TYPED_BOOST : 1);
  return [...list].sort((a, b) => a.group - b.group || key(b) - key(a));
}

/** The share of `terms` (index words, matched by prefix as Pagefind does) among `held`. */
export function share(terms: string[], held: string[]): number {
  if (!terms.length) return 0;
  return terms.filter((t) => held.some((w) => w.startsWith(t))).length / terms.length;
}
