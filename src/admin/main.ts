/**
 * The CMS at /admin: Decap from npm, configured from the content model (/admin/config.json),
 * previewing entries with the site's own components and styles.
 */
import CMS from 'decap-cms-app';
import globalCss from '../styles/global.css?raw';
import detailCss from '../styles/detail.css?raw';
import { ArticlePreview, EventPreview, PagePreview, StoryPreview, TeamPreview } from './previews';
import { SlugControl } from './SlugControl';

type Registry = {
  registerPreviewStyle(css: string, options: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerWidget(name: string, control: unknown): void;
  init(options: { config: unknown }): void;
};
const cms = CMS as unknown as Registry;

cms.registerPreviewStyle(globalCss + detailCss, { raw: true });
cms.registerPreviewTemplate('events', EventPreview);
cms.registerPreviewTemplate('stories', StoryPreview);
cms.registerPreviewTemplate('articles', ArticlePreview);
cms.registerPreviewTemplate('teams', TeamPreview);
cms.registerPreviewTemplate('pages', PagePreview);
cms.registerWidget('linli-slug', SlugControl);

void fetch('/admin/config.json')
  .then((r) => r.json())
  .then((config: unknown) => cms.init({ config }));
