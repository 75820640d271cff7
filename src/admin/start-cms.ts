/**
 * Decap from npm, configured from the content model (/admin/config.json), in plain Chinese
 * (locale.ts), previewing entries with the site's own components and styles, and checking each
 * entry with the build's own check before it is saved.
 */
import CMS from 'decap-cms-app';
import globalCss from '../styles/global.css?raw';
import detailCss from '../styles/detail.css?raw';
import { phrasesFor } from './locale';
import { readEntry, writeEntry } from './quiet-format';
import { dataFiles, markdownCollections } from '../content/model';
import { ArticlePreview, EventPreview, names, PagePreview, StoryPreview, TeamPreview } from './previews';
import { SlugControl } from './SlugControl';
import { tracked } from './tracked';
import { rememberUploads } from './fresh-uploads';
import { categoryProblems, describeProblems, normalizeForSave, problemsBeforeSave, problemLines } from './validate';
import { showSaveProblems, watchSaves } from './save-notice';
import type { ContentProblem } from '../content/problems';
import { keepLibraryComplete } from './decap-store';
import { TagsControl } from './TagsControl';
import { watchLists } from './list-states';
import { fitPhones } from './phone';
import { ui } from '../i18n/zh-CN';

interface WidgetDef {
  control: unknown;
  preview: unknown;
}
type Registry = {
  registerEventListener(listener: { name: 'preSave'; handler: (e: { entry: ImmutableEntry }) => unknown }): void;
  registerPreviewStyle(css: string, options: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerLocale(locale: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, format: Format): void;
  getWidget(name: string): WidgetDef | undefined;
  init(options: { config: Record<string, unknown> }): void;
};
const cms = CMS as unknown as Registry;

interface Format {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

interface ImmutableData {
  toJS(): Record<string, unknown>;
  setIn(path: string[], value: unknown): ImmutableData;
}
interface ImmutableEntry {
  get(key: string): unknown;
  getIn(path: string[]): ImmutableData | undefined;
}

/** A message for Decap's notice: its own words, without the "Error:" a thrown Error would add. */
class EditorMessage extends Error {
  override toString() {
    return this.message;
  }
}

/**
 * Stops the save: the problems in the save notice, where the editor is looking (save-notice.ts).
 * Throwing is what stops it; the message is Decap's own notice, hidden while ours shows.
 */
function refuse(problems: ContentProblem[]): never {
  showSaveProblems(problemLines(problems));
  throw new EditorMessage(describeProblems(problems));
}

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    const key = collection === 'settings' ? String(entry.get('slug')) : collection;
    let data = entry.getIn(['data']);
    if (!data) return undefined;
    if (key === 'categories') {
      const list = (data.toJS().categories ?? []) as Record<string, unknown>[];
      const problems = categoryProblems(list, names.categories, names.categoryUse);
      if (problems.length) refuse(problems);
      return data;
    }
    for (const [path, value] of normalizeForSave(key, data.toJS())) data = data.setIn(path, value);
    const problems = problemsBeforeSave(key, data.toJS());
    // Rules about one field are shown at the field before this (tracked.tsx); this catches the rest.
    if (problems.length) refuse(problems);
    // What is returned is what is saved: values in their ordinary forms (full-width digits…).
    return data;
  },
});

/**
 * One question, one answer: Decap asks "discard the unpublished changes?" twice in a row when the
 * form also has unsaved changes. The same question answered yes a moment ago is not asked again.
 */
function askOnce() {
  const ask = window.confirm.bind(window);
  let last = { text: '', at: 0 };
  window.confirm = (text?: string) => {
    if (text && text === last.text && Date.now() - last.at < 3000) return true;
    const yes = ask(text);
    last = yes ? { text: text ?? '', at: Date.now() } : { text: '', at: 0 };
    return yes;
  };
}

askOnce();
fitPhones();
rememberUploads();
watchSaves();
keepLibraryComplete();
watchLists();
// Saving one field changes one line (quiet-format.ts). New files get the content model's order.
const modelOrder = [
  ...new Set(
    [...Object.values(markdownCollections), ...Object.values(dataFiles)].flatMap((c) => Object.keys(c.fields)),
  ),
];
cms.registerCustomFormat('linli-md', 'md', {
  fromFile: (text) => readEntry(text, true),
  toFile: (data) => writeEntry(data, true, modelOrder),
});
cms.registerCustomFormat('linli-yml', 'yml', {
  fromFile: (text) => readEntry(text, false),
  toFile: (data) => writeEntry(data, false, modelOrder),
});
const previewOnly =
  '.preview-warning{padding:.75rem 1rem;border:3px solid #b42318;border-radius:.75rem;color:#b42318;font-weight:700}' +
  // An activity's photos as a grid of squares, as the page's gallery shows them.
  '.preview-photos{display:grid;grid-template-columns:repeat(3,1fr);gap:.5rem;padding:0;list-style:none}' +
  '.preview-photos img{display:block;inline-size:100%;aspect-ratio:1;object-fit:cover;border-radius:.5rem}';
cms.registerPreviewStyle(globalCss + detailCss + previewOnly, { raw: true });
cms.registerPreviewTemplate('events', EventPreview);
cms.registerPreviewTemplate('stories', StoryPreview);
cms.registerPreviewTemplate('articles', ArticlePreview);
cms.registerPreviewTemplate('teams', TeamPreview);
cms.registerPreviewTemplate('pages', PagePreview);
cms.registerWidget('linli-slug', SlugControl);
cms.registerWidget('linli-tags', TagsControl, cms.getWidget('list')!.preview);
for (const widget of ['string', 'datetime', 'image']) {
  const own = cms.getWidget(widget)!;
  cms.registerWidget(`linli-${widget}`, tracked(own.control as never), own.preview);
}

/**
 * On the login page, the site's name above Decap's button, so an editor knows where they are; on
 * every screen, a way to the editor's guide (/admin/guide/).
 */
function nameTheLoginPage(siteName: string) {
  const heading = document.createElement('p');
  heading.className = 'admin-site-name';
  heading.textContent = ui.admin.loginHeading(siteName);
  document.body.prepend(heading);
  const help = document.createElement('a');
  help.className = 'admin-help';
  help.href = '/admin/guide/';
  help.target = '_blank';
  help.textContent = ui.admin.guideLink;
  document.body.append(help);
  const hideOnceIn = new MutationObserver(() => {
    heading.hidden =
      !document.querySelector('button') || Boolean(document.querySelector('[class*="AppHeader"], header'));
  });
  hideOnceIn.observe(document.body, { childList: true, subtree: true });
}

/** A new entry's 发布日期 starts as today in Beijing, so a form left as it is still publishes. */
function publishedToday(config: Record<string, unknown>) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()); // 2027-03-05
  for (const c of (config.collections ?? []) as { fields?: { name: string; widget: string; default?: string }[] }[]) {
    for (const f of c.fields ?? []) if (f.name === 'date' && f.widget === 'linli-datetime') f.default = today;
  }
}

/**
 * Whether npm start's local backend can keep entries in review: only when the site's folder is a
 * git repository. Otherwise Decap saves straight to the site, and the words must say so.
 */
async function localReview(config: Record<string, unknown>): Promise<boolean> {
  const url = (config.local_backend as { url?: string } | undefined)?.url;
  if (!url) return false;
  const info: { publish_modes?: string[] } = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"action":"info"}',
  })
    .then((r) => r.json() as Promise<{ publish_modes?: string[] }>)
    .catch(() => ({}));
  return info.publish_modes?.includes('editorial_workflow') ?? false;
}

void Promise.all([
  fetch('/admin/config.json').then((r) => r.json()),
  fetch('/admin/names.json').then((r) => r.json()),
]).then(async ([config, loaded]: [Record<string, unknown>, typeof names & { site: string }]) => {
  Object.assign(names, loaded);
  // Editing on this computer (npm start): "查看" opens the site running here, not the public one.
  if (['localhost', '127.0.0.1'].includes(location.hostname)) {
    config.site_url = location.origin;
    config.display_url = location.origin;
    if (config.publish_mode === 'editorial_workflow' && !(await localReview(config))) config.publish_mode = 'simple';
  }
  cms.registerLocale('zh_Hans', phrasesFor(config.publish_mode === 'editorial_workflow'));
  publishedToday(config);
  nameTheLoginPage(loaded.site);
  cms.init({ config });
});
