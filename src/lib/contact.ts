/** Who residents call about an activity. Pure (no astro: imports): pages, the CMS preview and tests share it. */
import { ui } from '../i18n/zh-CN';

export interface Contact {
  name: string;
  phone: string;
}

/**
 * An activity's contact: the one it names, or else the community office at the site's number. Every
 * activity gives residents someone to call (page, poster, share picture, screen, sign-up chain): the
 * office answers when an activity names no one, so no page is ever left without a number.
 */
export function eventContact(data: { contact?: Contact | undefined }, site: { phone: string }): Contact {
  return data.contact ?? { name: ui.facts.office, phone: site.phone };
}
