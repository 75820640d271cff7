/**
 * <site-search>: the search page's element (src/pages/search/index.astro). Small on purpose: it
 * fills the form from the address and catches the form's events; the engine (search-engine.ts,
 * Pagefind and the query rules) is fetched when a search is about to run (a query in the address,
 * 搜索, a filter) or when the box is first touched, so the page itself stays within its budget.
 */
import type { SearchEngine } from './search-engine';

class SiteSearch extends HTMLElement {
  #engine: Promise<SearchEngine> | undefined;

  engine(): Promise<SearchEngine> {
    this.#engine ??= import('./search-engine').then((m) => new m.SearchEngine(this));
    this.#engine.catch(() => {
      // Offline for a moment: say so, and fetch again on the next search.
      this.#engine = undefined;
      const status = this.querySelector<HTMLElement>('.status');
      if (status) status.textContent = this.dataset.unavailable ?? '';
    });
    return this.#engine;
  }

  connectedCallback() {
    if (this.dataset.noIndex !== undefined) return; // `astro dev` has no index: the page says so
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type=search]')!;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of form.querySelectorAll('select')) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
    const search = () =>
      void this.engine()
        .then((e) => e.search())
        .catch(() => undefined);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // On a phone, closing the keyboard shows the results; with a keyboard, focus stays put.
      if (matchMedia('(pointer: coarse)').matches) input.blur();
      search();
    });
    form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('select')) search();
    });
    // Fetched on the first touch of the box too, so the first query is quicker.
    input.addEventListener(
      'focus',
      () =>
        void this.engine()
          .then((e) => e.load())
          .catch(() => undefined),
      { once: true },
    );
    if (input.value.trim())
      void this.engine()
        .then((e) => e.search(false))
        .catch(() => undefined);
  }
}

customElements.define('site-search', SiteSearch);
