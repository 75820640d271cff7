/**
 * What an editor reads in the CMS's lists, beyond what Decap's row templates can say:
 * - each activity's state now (报名中, 已结束, 已取消…), worked out by the site's own rule
 *   (lib/status.ts) from the entry as the CMS holds it, so a fresh save shows at once;
 * - on the 审核发布 board, a card's text as words, not the Markdown source (`## 活动安排`).
 * Decap draws these lists itself; this adds to what it drew, every time it redraws.
 */
import { excerptOf, markdownToText } from '../lib/markdown';
import { decapState, type Imm } from './decap-store';
import { stateOf } from './entry-state';

const ENTRY_LINK = /#\/collections\/events\/entries\/([^/?#]+)/;

function markActivityRows() {
  const entities = decapState().entries?.get('entities') as Imm | undefined;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="#/collections/events/entries/"]')) {
    const slug = ENTRY_LINK.exec(link.href)?.[1];
    const data = (entities?.get(`events.${decodeURIComponent(slug ?? '')}`) as Imm | undefined)?.get('data') as
      Imm | undefined;
    const state = stateOf(data?.toJS() as Record<string, unknown> | undefined, new Date());
    let mark = link.querySelector<HTMLElement>('.linli-list-state');
    if (!state) {
      mark?.remove();
      continue;
    }
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'linli-list-state';
      (link.querySelector('h2') ?? link).append(mark);
    }
    if (mark.textContent !== `〔${state}〕`) mark.textContent = `〔${state}〕`;
  }
}

/** Workflow cards: the body's words, shortened, instead of its Markdown. */
function plainCardBodies() {
  for (const body of document.querySelectorAll<HTMLElement>('[class*="-CardBody"]')) {
    const text = body.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE || body.dataset.plain === text.nodeValue) continue;
    // Changed in place: React keeps this text node and may set it again.
    text.nodeValue = excerptOf(markdownToText(text.nodeValue ?? ''), 90);
    body.dataset.plain = text.nodeValue;
  }
}

export function watchLists(): void {
  let queued = false;
  const update = () => {
    queued = false;
    markActivityRows();
    plainCardBodies();
  };
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
