/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts): how a page's <title> reads. WeChat
 * builds a shared link's card from the title alone and cuts it after about 40 characters (SPEC §7),
 * so the site's name is added only when it fits, and a longer title ends in "…". Its start (an
 * activity's state and date) always stays. In its own file for the status script in the browser.
 */
export const CARD_TITLE_MAX = 40;

export function pageTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`;
  if ([...full].length <= CARD_TITLE_MAX) return full;
  const chars = [...title];
  return chars.length <= CARD_TITLE_MAX ? title : `${chars.slice(0, CARD_TITLE_MAX - 1).join('')}…`;
}
