/**
 * The search page's engine, loaded by <site-search> (site-search.ts) only when a search is about
 * to run: Pagefind and the query rules stay off the page until then. Runs the query and filters,
 * keeps the address in step, so a search can be shared.
 *
 * One query may become several searches (src/lib/search/query.ts); their results are merged with
 * the exact ones first (src/lib/search/rank.ts), shown ten at a time with title, type, category,
 * date, an activity's status now and an excerpt (src/lib/search/excerpt.ts).
 */
import { search as words } from '../i18n/zh-CN-search';
import { statusLabels } from '../i18n/zh-CN-status';
import { namingWords, showResult, type Part } from '../lib/search/excerpt';
import { intlSegment, queryVariants, type Variant } from '../lib/search/query';
import { mayBeTraditional } from '../lib/search/traditional';
import { mergeVariants, rerank, share, type Ranked } from '../lib/search/rank';
import { eventStatus, STATUS_OVERRIDES, type EventStatus } from '../lib/status';

interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string>;
interface Pagefind {
  search: (q: string, o?: { filters?: Filters }) => Promise<PagefindResponse>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTER_NAMES = ['type', 'category', 'year'] as const;
const PAGE = 10;
/** Longer than the gap between the two taps of a double tap. */
const DOUBLE_TAP_MS = 400;
/** Pagefind's ranking.termSimilarity (default 1): tuned on tests/build/search-quality.test.ts. */
const TERM_SIMILARITY = 3;
const NOTHING: PagefindResponse = { results: [], filters: {} };

/**
 * A search where every word must be found. Pagefind leaves out a word its index does not hold and
 * searches with the rest (so 量子 计算 机 would find every page with 机): each word is looked up
 * alone first (once per query: `alone` remembers), and a word held nowhere means no results.
 * (A Latin word Pagefind may still stand in for by the longest word it holds that starts it:
 * yizhenx finds yizhen. Chinese pairs never: see RUN_END in src/lib/search/tokens.ts.)
 */
async function searchAll(
  pf: Pagefind,
  terms: string,
  filters: Filters,
  alone: Map<string, Promise<number>>,
): Promise<PagefindResponse> {
  const words = terms.split(' ');
  const held = (w: string) => {
    if (!alone.has(w))
      alone.set(
        w,
        pf.search(w).then((r) => r.results.length),
      );
    return alone.get(w)!;
  };
  const [found, ...counts] = await Promise.all([
    pf.search(terms, { filters }),
    ...(words.length > 1 ? words.map(held) : []),
  ]);
  return counts.some((n) => !n) ? NOTHING : (found as PagefindResponse);
}

const segment = intlSegment();

function statusOf(meta: PagefindData['meta'], now: Date): EventStatus | undefined {
  if (!meta.start) return undefined;
  const date = (v: string | undefined) => (v ? new Date(v) : undefined);
  const status = STATUS_OVERRIDES.find((s) => s === meta.status);
  return eventStatus({ start: new Date(meta.start), end: date(meta.end), deadline: date(meta.deadline), status }, now);
}

function partsInto(el: HTMLElement, parts: Part[]) {
  el.replaceChildren(
    ...parts.map((p) => {
      if (!p.mark) return document.createTextNode(p.text);
      const mark = document.createElement('mark');
      mark.textContent = p.text;
      return mark;
    }),
  );
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class SearchEngine {
  readonly root: HTMLElement;
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  #ranked: Ranked[] = [];
  #byId = new Map<string, PagefindResult>();
  /** The index words each list of results was searched with, by group. */
  #terms: string[][] = [];
  /** Results that hold the query as typed (a phrase search). */
  #typed = new Set<string>();
  #shown = 0;
  /** Changes whenever a new list of results replaces the last: a late page of the old one is dropped. */
  #resultSet = {};
  #synonyms: string[][];
  /** How many pages hold each index word alone, for this query (searchAll). */
  #alone = new Map<string, Promise<number>>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.#synonyms = JSON.parse(root.querySelector('[data-synonyms]')?.textContent || '[]');
    this.moreButton.addEventListener('click', () => void this.showMore(this.#resultSet, true));
  }

  get form() {
    return this.root.querySelector('form')!;
  }
  get input() {
    return this.root.querySelector<HTMLInputElement>('input[type=search]')!;
  }
  get list() {
    return this.root.querySelector<HTMLOListElement>('#search-results')!;
  }
  get status() {
    return this.root.querySelector<HTMLElement>('.status')!;
  }
  get moreButton() {
    return this.root.querySelector<HTMLButtonElement>('.more')!;
  }

  filters(): Filters {
    const data = new FormData(this.form);
    const out: Filters = {};
    for (const name of FILTER_NAMES) {
      const v = String(data.get(name) ?? '');
      if (v) out[name] = v;
    }
    return out;
  }

  load(): Promise<Pagefind> {
    // A variable path keeps the bundler from trying to resolve the index at build time.
    const path = '/pagefind/pagefind.js';
    // The filter indexes are loaded up front: a search reports counts only for filters loaded.
    this.#pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
      // Words much longer than what was typed count for less: yizhen finds yizhenbutingxie (a
      // title's pinyin run together) too, but a title holding yizhen itself ranks above it.
      // Pagefind's web worker stays on: without it (11 KB less to fetch) the searches and counts
      // run on the main thread and Lighthouse's performance fell from 100 to 97 on /search/?q=义诊.
      await pf.options({ ranking: { termSimilarity: TERM_SIMILARITY } });
      await pf.filters();
      return pf;
    });
    // A failed fetch (a moment offline) is not remembered: the next search tries again.
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  /** Puts the query and filters in the address (without a new history entry) and searches. */
  async search(updateAddress = true) {
    const query = this.input.value.trim();
    const filters = this.filters();
    if (updateAddress) {
      const params = new URLSearchParams({ ...(query && { q: query }), ...filters });
      const qs = params.toString();
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    }
    const run = ++this.#run;
    const { list, status } = this;
    // Nothing of the last search stays while this one runs: its more button, its counts.
    this.moreButton.hidden = true;
    this.resetCounts();
    this.#alone = new Map();
    const clear = (state: string | undefined, text: string) => {
      list.replaceChildren();
      if (state) list.dataset.state = state;
      else list.removeAttribute('data-state');
      list.setAttribute('aria-busy', 'false');
      status.textContent = text;
    };
    if (!query) return clear(undefined, '');
    list.setAttribute('aria-busy', 'true');
    list.removeAttribute('data-state');
    status.textContent = this.root.dataset.loading ?? '';
    try {
      const [pf, toSimplified] = await Promise.all([
        this.load(),
        mayBeTraditional(query) ? import('../lib/search/t2s').then((m) => m.toSimplified) : undefined,
      ]);
      const variants = queryVariants(query, { synonyms: this.#synonyms, toSimplified, segment });
      // Only punctuation, or only words like 怎么: nothing to look for.
      if (!variants.length) return clear('empty', this.root.dataset.empty ?? '');
      const { used, lists, typed } = await this.find(pf, variants, filters);
      if (run !== this.#run) return;
      this.#ranked = mergeVariants(lists.map((r) => r.results.map(({ id, score }) => ({ id, score }))));
      this.#byId = new Map(lists.flatMap((r) => r.results.map((x) => [x.id, x])));
      this.#terms = used.map((v) => v.terms.split(' '));
      this.#typed = typed;
      this.#shown = 0;
      this.#resultSet = {};
      list.replaceChildren();
      await this.showMore(this.#resultSet);
      if (run !== this.#run) return;
      if (!this.#ranked.length) {
        list.dataset.state = 'empty';
        status.textContent = this.root.dataset.empty ?? '';
      } else {
        // The synonyms that found something, so a resident sees why a page without their word is listed.
        const also = used.filter((v, i) => v.kind === 'synonym' && lists[i]?.results.length).map((v) => v.text);
        status.textContent = [words.results(this.#ranked.length), also.length ? words.alsoFound(also) : '']
          .filter(Boolean)
          .join('；');
      }
      if (this.#ranked.length) void this.count(pf, used, filters, run);
    } catch {
      if (run === this.#run) status.textContent = this.root.dataset.unavailable ?? '';
    } finally {
      if (run === this.#run) list.setAttribute('aria-busy', 'false');
    }
  }

  /**
   * The searches a query became. When none finds anything: the pairs of guessed words that no
   * page holds are left out (across two words the segmenter did not know: 重阳义诊 → 阳义), then
   * the relaxed variants are tried in turn.
   */
  async find(pf: Pagefind, variants: Variant[], filters: Filters) {
    const main = variants.filter((v) => v.kind !== 'relaxed');
    const exact = variants[0]!;
    // The query as typed, as a phrase: its pages lead (they hold what was typed, in order).
    const [asTyped, ...lists] = await Promise.all([
      exact.phrase ? pf.search(`"${exact.phrase}"`, { filters }) : NOTHING,
      ...main.map((v) => searchAll(pf, v.terms, filters, this.#alone)),
    ]);
    const typed = new Set(asTyped!.results.map((r) => r.id));
    if (lists.some((l) => l.results.length)) return { used: main, lists, typed };
    const terms = exact.terms.split(' ');
    const tries: Variant[] = [];
    const droppable = exact.droppable ?? [];
    if (droppable.length) {
      const alone = await Promise.all(droppable.map((t) => pf.search(t)));
      const nowhere = new Set(droppable.filter((_, i) => !alone[i]!.results.length));
      const held = terms.filter((t) => !nowhere.has(t));
      if (held.length && nowhere.size) tries.push({ ...exact, kind: 'relaxed', terms: held.join(' ') });
    }
    tries.push(...variants.filter((v) => v.kind === 'relaxed'));
    for (const v of tries) {
      const found = await searchAll(pf, v.terms, filters, this.#alone);
      if (found.results.length) return { used: [v], lists: [found], typed };
    }
    return { used: main, lists, typed };
  }

  /** The next ten results: fetched, reordered by what their data says (rank.ts rerank), shown. */
  async showMore(resultSet: object, asked = false) {
    if (resultSet !== this.#resultSet) return;
    const batch = this.#ranked.slice(this.#shown, this.#shown + PAGE);
    // Counted as shown now, so a second tap while these load asks for the ten after them; and the
    // button stays where the finger is, disabled, so a double tap never lands on what appears.
    this.#shown += batch.length;
    this.moreButton.disabled = true;
    const now = new Date();
    const [found] = await Promise.all([
      Promise.all(batch.map((r) => this.#byId.get(r.id)!.data())),
      // After a tap, the new results wait out a double tap's second tap (a link may appear under it).
      new Promise((resolve) => setTimeout(resolve, asked ? DOUBLE_TAP_MS : 0)),
    ]);
    if (resultSet !== this.#resultSet) return;
    const withData = batch.map((r, i) => {
      const data = found[i]!;
      const status = statusOf(data.meta, now);
      const upcoming = status === 'open' || status === 'closed' || status === 'ongoing';
      const terms = this.#terms[r.group] ?? [];
      const naming = namingWords(data.content);
      const named = Math.max(share(terms, naming.title), share(terms, naming.keyTerms) / 2);
      return { ...r, data, status, upcoming, named, asTyped: this.#typed.has(r.id) };
    });
    const items = rerank(withData).map((r) => this.item(r.data, r.status));
    this.list.append(...items);
    this.moreButton.disabled = false;
    this.moreButton.hidden = this.#shown >= this.#ranked.length;
    // After 显示更多结果, reading goes on at the first new result (the button may be gone).
    if (asked) items[0]?.querySelector('a')?.focus();
  }

  item(data: PagefindData, status: EventStatus | undefined): HTMLLIElement {
    const { meta } = data;
    const shown = showResult(data.content, data.locations);
    const li = el('li', 'result');
    // A heading each, so a screen reader can go from result to result.
    const heading = el('h2', 'result-title');
    const a = el('a', '');
    heading.append(a);
    a.href = data.url;
    a.dataset.result = '';
    if (shown.title.some((p) => p.text.trim())) partsInto(a, shown.title);
    else a.textContent = meta.title ?? data.url;
    const facts = el('p', 'result-facts');
    for (const text of [meta.type, meta.category, meta.date]) if (text) facts.append(el('span', 'fact', text));
    if (status) {
      const badge = el('span', 'status', statusLabels[status]);
      badge.dataset.status = status;
      facts.append(badge);
    }
    const excerpt = el('p', 'result-excerpt');
    partsInto(excerpt, [
      ...(shown.cutStart ? [{ text: '…', mark: false }] : []),
      ...shown.excerpt,
      ...(shown.cutEnd ? [{ text: '…', mark: false }] : []),
    ]);
    li.append(heading, facts, excerpt);
    return li;
  }

  /**
   * How many results each filter choice would give, written beside it. Each choice is searched
   * with the other filters kept; with several variants, the same page found twice counts once.
   */
  async count(pf: Pagefind, used: Variant[], filters: Filters, run: number) {
    // Short tasks with pauses between, so a phone stays responsive while counts arrive.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (const name of FILTER_NAMES) {
      const others = { ...filters };
      delete others[name];
      const values = this.choices(name);
      // Each search's own counts; a choice that only one search found anything for is exact as is.
      const each = await Promise.all(used.map((u) => searchAll(pf, u.terms, others, this.#alone)));
      const counts = new Map<string, number>();
      for (const v of values) {
        const per = each.map((r) => (v ? (r.filters[name]?.[v] ?? 0) : r.results.length));
        if (per.filter(Boolean).length <= 1) {
          counts.set(v, Math.max(0, ...per));
          continue;
        }
        // Found by several searches: the same page counts once.
        await pause();
        const f = v ? { ...others, [name]: v } : others;
        const ids = new Set<string>();
        for (const r of await Promise.all(used.map((u) => searchAll(pf, u.terms, f, this.#alone))))
          r.results.forEach((x) => ids.add(x.id));
        counts.set(v, ids.size);
      }
      if (run !== this.#run) return;
      this.showCounts(name, counts);
      await pause();
    }
  }

  /** The choices without counts, until this search's are known. */
  resetCounts() {
    for (const select of this.form.querySelectorAll('select'))
      for (const option of select.options) {
        option.textContent = option.value || (select.dataset.any ?? '');
        option.hidden = false;
        option.disabled = false;
      }
  }

  choices(name: string): string[] {
    const field = this.form.elements.namedItem(name);
    return field instanceof HTMLSelectElement ? [...field.options].map((o) => o.value) : [];
  }

  showCounts(name: string, counts: Map<string, number>) {
    const field = this.form.elements.namedItem(name);
    if (!(field instanceof HTMLSelectElement)) return;
    for (const option of field.options) {
      const n = counts.get(option.value);
      if (n === undefined) continue;
      option.textContent = words.filters.count(option.value || (field.dataset.any ?? ''), n);
      // A choice that would find nothing is not offered (unless it is the one chosen).
      const none = n === 0 && option.value !== '' && option.value !== field.value;
      option.hidden = none;
      option.disabled = none;
    }
  }
}
