/**
 * A save that is refused says so where the editor is looking. Decap marks a wrong field beside
 * its label, which may be far above the part of the form on screen, and says nothing else for a
 * rule of ours (end before start); a problem the content check finds before saving came as a
 * passing notice. Here every refusal gets one red notice at the top of the screen naming each
 * field, and the form scrolls to the first one and puts the cursor in it.
 */
import { ui } from '../i18n/zh-CN';
import { decapState, onDecapChange, type Imm } from './decap-store';

export interface SaveProblem {
  /** The field: its label's `for` (Decap's field id), or the field's name. */
  target?: string | undefined;
  /** What is wrong, in the editor's words, led by the field's label: 【结束时间】… */
  text: string;
}

let notice: HTMLElement | undefined;
/** Set when the notice lists Decap's field marks: it goes once they are all corrected. */
let fromFieldMarks = false;

function labelFor(target: string): HTMLLabelElement | null {
  return (
    document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(target)}"]`) ??
    document.querySelector<HTMLLabelElement>(`label[for^="${CSS.escape(target)}-field-"]`)
  );
}

/** Brings a field into view (below the notice) and puts the cursor in it. */
export function goToField(target: string | undefined) {
  const label = target ? labelFor(target) : null;
  if (!label) return;
  const container = label.closest('[class*="ControlContainer"]') ?? label.parentElement;
  const input =
    document.getElementById(label.htmlFor) ??
    container?.querySelector<HTMLElement>('input, textarea, select, [contenteditable="true"], button');
  label.scrollIntoView({ block: 'center' });
  (input as HTMLElement | null)?.focus({ preventScroll: true });
}

export function hideSaveProblems(): void {
  notice?.remove();
  notice = undefined;
  fromFieldMarks = false;
  document.body.classList.remove('linli-save-refused');
}

/** Shows the notice listing `problems`, and goes to the first one. */
export function showSaveProblems(problems: SaveProblem[]): void {
  hideSaveProblems();
  if (!problems.length) return;
  const box = document.createElement('section');
  box.className = 'linli-save-notice';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'linli-save-notice-heading';
  heading.textContent = ui.admin.saveRefused;
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    const go = document.createElement('button');
    go.type = 'button';
    go.textContent = p.text;
    go.addEventListener('click', () => goToField(p.target));
    item.append(go);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'linli-save-notice-close';
  close.textContent = ui.admin.saveRefusedClose;
  close.addEventListener('click', hideSaveProblems);
  box.append(heading, list, close);
  document.body.append(box);
  notice = box;
  // Decap's own red notice would say less, a second time.
  document.body.classList.add('linli-save-refused');
  goToField(problems[0]!.target);
}

/** The fields Decap has just marked wrong, in the order of the form. */
function fieldMarks(): SaveProblem[] {
  return [...document.querySelectorAll('ul[class*="ControlErrorsList"]')].flatMap((ul) => {
    const label = ul.parentElement?.querySelector('label');
    const messages = [...ul.querySelectorAll('li')].map((li) => li.textContent?.trim()).filter(Boolean);
    if (!messages.length) return [];
    const name = (label?.textContent ?? '').replace(/\s*\(可选\)$/, '').trim();
    return [{ target: label?.htmlFor, text: `【${name}】${messages.join(' ')}` }];
  });
}

const errorsOf = () => decapState().entryDraft?.get('fieldsErrors') as Imm | undefined;

/** Decap's refusal of a save: a bare rejection (marked fields) or its persist-failure action. */
function isDecapRefusal(reason: unknown): boolean {
  if (reason === undefined) return true;
  const type = (reason as { type?: unknown } | null)?.type;
  return typeof type === 'string' && /PERSIST_FAILURE$/.test(type);
}

/**
 * Watches every press of 保存 / 发布: when Decap then marks fields wrong (it checks them all on a
 * save), the notice lists them. Decap's refusal is otherwise an uncaught promise rejection with no
 * text; it is handled here, since the editor has been told.
 */
export function watchSaves(): void {
  let before: unknown;
  let waitingUntil = 0;
  document.addEventListener(
    'click',
    (e) => {
      const pressed = (e.target as Element | null)?.closest('button, [role="menuitem"]');
      if (!pressed || notice?.contains(pressed) || !/保存|发布/.test(pressed.textContent ?? '')) return;
      // A new try: the old notice goes (it would cover the publish menu), a new one comes if needed.
      hideSaveProblems();
      before = errorsOf();
      waitingUntil = Date.now() + 2000;
    },
    true,
  );
  onDecapChange(() => {
    const errors = errorsOf();
    if (fromFieldMarks && notice && errors?.isEmpty?.()) hideSaveProblems();
    if (Date.now() > waitingUntil || errors === before) return;
    waitingUntil = 0;
    if (errors?.isEmpty?.()) return;
    // After React has drawn the marks.
    requestAnimationFrame(() =>
      setTimeout(() => {
        const marks = fieldMarks();
        if (!marks.length) return;
        showSaveProblems(marks);
        fromFieldMarks = true;
      }),
    );
  });
  window.addEventListener('unhandledrejection', (e) => {
    if (isDecapRefusal(e.reason)) e.preventDefault();
  });
  window.addEventListener('hashchange', hideSaveProblems);
}
