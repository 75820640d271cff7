/** Layout shift in a real browser page, shared by the e2e and build tests. */
import type { Page } from '@playwright/test';

/** Total layout shift the page has had so far (what Lighthouse's CLS adds up), read after `settleMs`. */
export function layoutShift(page: Page, settleMs = 300): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), ms);
      }),
    settleMs,
  );
}
