/**
 * The urgent edit from a phone: Decap's editor is built for a desktop (decap-cms #441), two panes
 * at least 800 px wide. On a narrow screen the preview pane is switched off through Decap's own
 * setting (the eye button's), the page's phone CSS (admin/index.astro) lets the toolbar wrap and the
 * form fill the width, and an activity's form starts with a button to its 特殊状态 field, where
 * a team leader marks it 已取消 or 已延期 with one line of explanation, then saves and publishes as
 * on a desktop, through the same check and review steps.
 */
import { ui } from '../i18n/zh-CN';
import { goToField } from './save-notice';

const PHONE = '(max-width: 640px)';
/** Decap's own key for which pane shows beside the form (`none`: the form alone). */
const RIGHT_PANE = 'cms.right-pane';

export function fitPhones(): void {
  const phone = window.matchMedia(PHONE);
  if (phone.matches) localStorage.setItem(RIGHT_PANE, 'none');
  new MutationObserver(() => {
    if (!phone.matches || !/#\/collections\/events\/(entries|new)/.test(location.hash)) return;
    const form = document.querySelector('[class*="-ControlPaneContainer"]');
    if (!form || form.querySelector('.linli-phone-jump')) return;
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.className = 'linli-phone-jump';
    jump.textContent = ui.admin.phoneJumpToStatus;
    jump.addEventListener('click', () => goToField('status'));
    form.prepend(jump);
  }).observe(document.body, { childList: true, subtree: true });
}
