/**
 * One ranked list from the searches a query became (src/lib/search/query.ts): everything the
 * exact query found first, then what synonyms and pinyin added, so an expansion never buries an
 * exact hit. Within each group Pagefind's score decides, except that among results about equally
 * relevant an activity still to come goes before one that is over.
 */
export interface Found {
  id: string;
  score: number;
}

export interface Ranked extends Found {
  /** 0 for the exact query; otherwise the number of the variant that first found it. */
  group: number;
}

export function mergeVariants(lists: Found[][]): Ranked[] {
  const seen = new Set<string>();
  const out: Ranked[] = [];
  lists.forEach((list, group) => {
    for (const r of [...list].sort((a, b) => b.score - a.score)) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ ...r, group: Math.min(group, 1) });
    }
  });
  return out;
}

/**
 * How much more an activity still to come counts: enough to pass a past one whose score is a
 * little higher (the same words, a longer page), not one that is clearly more on topic.
 */
export const UPCOMING_BOOST = 1.3;

/** Reorders results (with what is known about them) so upcoming activities lead among equals. */
export function preferUpcoming<T extends Ranked & { upcoming: boolean }>(list: T[]): T[] {
  const key = (r: T) => r.score * (r.upcoming ? UPCOMING_BOOST : 1);
  return [...list].sort((a, b) => a.group - b.group || key(b) - key(a));
}
