/**
 * <site-search>: the search page's element (src/pages/search/index.astro). Small on purpose: it
 * fills the form from the address and catches the form's events; the engine (search-engine.ts,
 * Pagefind and the query rules) is fetched when a search is about to run (a query in the address,
 * 搜索, a filter) or when the box is first touched, so the page itself stays within its budget.
 */
import type { SearchEngine } from './search-engine';

class SiteSearch extends HTMLElement {
  #engine?: Promise<SearchEngine>;

  engine(): Promise<SearchEngine> {
    if (!this.#engine) {
      this.#engine = import('./search-engine').then((m) => new m.SearchEngine(this));
      this.#engine.catch(() => {
        const status = this.querySelector<HTMLElement>('.status');
        if (status) status.textContent = this.dataset.unavailable ?? '';
      });
    }
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
    const search = () => void this.engine().then((e) => e.search());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      input.blur(); // closes the phone keyboard so the results can be seen
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
    if (input.value.trim()) void this.engine().then((e) => e.search(false));
  }
}

customElements.define('site-search', SiteSearch);
