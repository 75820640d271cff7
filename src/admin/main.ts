/**
 * The CMS at /admin: Decap from npm, configured from the content model (/admin/config.json),
 * previewing entries with the site's own components and styles.
 */
import CMS from 'decap-cms-app';
import globalCss from '../styles/global.css?raw';
import detailCss from '../styles/detail.css?raw';
import { ArticlePreview, EventPreview, names, PagePreview, StoryPreview, TeamPreview } from './previews';
import { SlugControl } from './SlugControl';
import { describeProblems, problemsBeforeSave } from './validate';
import { withYear } from '../lib/slug';

type Registry = {
  registerEventListener(listener: { name: 'preSave'; handler: (e: { entry: ImmutableEntry }) => unknown }): void;
  registerPreviewStyle(css: string, options: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerWidget(name: string, control: unknown): void;
  init(options: { config: unknown }): void;
};
const cms = CMS as unknown as Registry;

interface ImmutableData {
  toJS(): Record<string, unknown>;
  set(key: string, value: unknown): ImmutableData;
}
interface ImmutableEntry {
  get(key: string): unknown;
  getIn(path: string[]): ImmutableData | undefined;
}

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    const key = collection === 'settings' ? String(entry.get('slug')) : collection;
    const data = entry.getIn(['data']);
    const values = data?.toJS() ?? {};
    const problems = problemsBeforeSave(key, values);
    // Throwing stops the save; Decap shows the message in its "保存内容失败" notice.
    if (problems.length) throw new Error(describeProblems(problems));
    // A new activity's address gets its start year (the slug widget cannot see the start field:
    // Decap re-renders a widget only for its own changes). What is returned here is what is saved.
    if (collection === 'events' && entry.get('newRecord') && typeof values.slug === 'string') {
      return data?.set('slug', withYear(values.slug, String(values.start ?? '')));
    }
    return undefined;
  },
});

cms.registerPreviewStyle(globalCss + detailCss, { raw: true });
cms.registerPreviewTemplate('events', EventPreview);
cms.registerPreviewTemplate('stories', StoryPreview);
cms.registerPreviewTemplate('articles', ArticlePreview);
cms.registerPreviewTemplate('teams', TeamPreview);
cms.registerPreviewTemplate('pages', PagePreview);
cms.registerWidget('linli-slug', SlugControl);

void Promise.all([
  fetch('/admin/config.json').then((r) => r.json()),
  fetch('/admin/names.json').then((r) => r.json()),
]).then(([config, loaded]: [unknown, typeof names]) => {
  Object.assign(names, loaded);
  cms.init({ config });
});
