/**
 * List fixes that must happen before the first paint (so nothing on the page moves): each runs
 * as a small inline script right after its list, while the page is still being read. The rule
 * "over or not" comes from the build (lib/status.ts) as each item's `data-over-at` (the instant the
 * activity is over), so these only compare it with the reader's clock.
 *
 * Each function is serialised with toString() into the page: it must use nothing from outside
 * itself.
 */

/** 近期活动: hide the items that are over, then show the first `data-shown` that remain. */
export function showComing(root: Element): void {
  const now = Date.now();
  const shown = Number((root as HTMLElement).dataset.shown);
  let n = 0;
  root.querySelectorAll<HTMLElement>('li[data-over-at]').forEach((li) => {
    const keep = Date.parse(li.dataset.overAt!) >= now && n < shown;
    li.hidden = !keep;
    if (keep) n++;
  });
  const empty = root.querySelector<HTMLElement>('[data-when-none]');
  if (empty) empty.hidden = n > 0;
  // Shown from here on (UpcomingEvents.astro keeps it invisible until then).
  (root as HTMLElement).dataset.ready = '';
}

/** One page of /events/: move what is over from 即将开展 to the top of 已经结束, newest first. */
export function regroupEvents(root: Element): void {
  const now = Date.now();
  const upcoming = root.querySelector<HTMLElement>('[data-group="upcoming"]');
  const past = root.querySelector<HTMLElement>('[data-group="past"]');
  const pastList = past && past.querySelector('ul');
  if (!upcoming || !past || !pastList) return;
  // Upcoming runs soonest first, so each item now over goes on top of the ones moved before it.
  upcoming.querySelectorAll<HTMLElement>('li[data-over-at]').forEach((li) => {
    if (Date.parse(li.dataset.overAt!) < now) pastList.prepend(li);
  });
  upcoming.hidden = !upcoming.querySelector('li');
  past.hidden = !pastList.querySelector('li');
}

/**
 * The inline script that runs `fn` on the element just before it. It takes no arguments (the
 * element's data attributes carry them), so each script is the same on every page and the
 * Content-Security-Policy allows it by its hash (`npm run csp`).
 */
export function inlineCall(fn: (root: Element) => void): string {
  return `(${fn.toString()})(document.currentScript.previousElementSibling)`;
}

/**
 * 活动安排: hide the rows that are over, then mark all but the first `data-printed` rows still
 * showing as left off the printed sheet (one A4 page), and say how many were left off.
 */
export function fitSchedule(root: Element): void {
  const now = Date.now();
  const printed = Number((root as HTMLElement).dataset.printed);
  let n = 0;
  root.querySelectorAll<HTMLElement>('[data-group]').forEach((group) => {
    let left = 0;
    group.querySelectorAll<HTMLElement>('li[data-over-at]').forEach((li) => {
      li.hidden = Date.parse(li.dataset.overAt!) < now;
      if (!li.hidden) left++;
      if (!li.hidden && ++n > printed) li.dataset.print = 'no';
      else delete li.dataset.print;
    });
    const none = group.querySelector<HTMLElement>('[data-when-none]');
    if (none) none.hidden = left > 0;
  });
  const more = root.querySelector<HTMLElement>('[data-print-more]');
  if (more) {
    more.hidden = n <= printed;
    more.textContent = more.dataset.printMore!.replace('{n}', String(n - printed));
  }
}

/** A notice with an end (`data-over-at`): gone once that has passed. */
export function hideWhenOver(root: Element): void {
  const over = (root as HTMLElement).dataset.overAt;
  if (over && Date.parse(over) < Date.now()) (root as HTMLElement).hidden = true;
}
