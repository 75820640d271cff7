/**
 * The CMS at /admin. Decap needs a secure page (https, or this computer): opened over plain http
 * from another computer it would crash with an English error, so that case gets a Chinese
 * explanation and Decap is not loaded at all.
 */
import { ui } from '../i18n/zh-CN';

if (window.isSecureContext) {
  void import('./start-cms');
} else {
  const box = document.createElement('main');
  box.className = 'admin-insecure';
  const h1 = document.createElement('h1');
  h1.textContent = ui.admin.insecureTitle;
  const p = document.createElement('p');
  p.textContent = ui.admin.insecureBody;
  box.append(h1, p);
  document.body.append(box);
}
