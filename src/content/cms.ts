/**
 * The Decap CMS collections, derived from the content model, so the editors' forms and the site's
 * checks cannot drift apart. (The /admin page that loads them is built on top of this.)
 */
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import type { CmsSettings } from './cms-settings';
import type { Field } from './fields';
import { dataFiles, markdownCollections } from './model';

/**
 * A field as Decap reads it. Built field by field from the model, so it is typed loosely here and
 * checked against Decap's own `CmsField` where the collections are put together.
 */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
const asCmsFields = (fields: DecapField[]) => fields as unknown as CmsField[];

/** Category ids and names, read from content/categories.yml when the admin page is built. */
export interface CategoryOption {
  id: string;
  name: string;
}

export function decapField(name: string, f: Field, categories: CategoryOption[]): DecapField {
  const out: DecapField = { name, label: f.label, widget: f.widget, required: f.required };
  if (f.hint) out.hint = f.hint;
  // Image values are checked before saving, not by Decap's pattern: Decap tests the bare file name
  // against it, not the path it stores, so every image would be refused. Values the build
  // normalises (full-width digits in a phone number) are checked after normalising, before saving.
  if (f.pattern && f.widget !== 'image' && f.widget !== 'file' && !f.normalize)
    out.pattern = [f.pattern.regex.source, `格式：${f.pattern.message}`];
  // Decap has no length limit of its own; a pattern does the job for text without one.
  else if (f.max !== undefined && (f.widget === 'string' || f.widget === 'text'))
    out.pattern = [`^[\\s\\S]{0,${f.max}}$`, `最多 ${f.max} 个字`];
  const categoryOptions = categories.map((c) => ({ label: c.name, value: c.id }));
  switch (f.widget) {
    case 'image':
      // Pick from the media library or upload; a link to a picture on another site is not offered.
      Object.assign(out, { widget: 'linli-image', choose_url: false });
      break;
    case 'file':
      Object.assign(out, { choose_url: false });
      break;
    case 'datetime':
      out.widget = 'linli-datetime'; // tracked: end and deadline are checked against start
      // An optional date starts blank (Decap would otherwise fill in "now").
      if (!f.required) out.default = '';
      // The short forms the site reads as Beijing time; Decap writes exactly these strings.
      Object.assign(
        out,
        f.time
          ? { format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' }
          : { format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false },
      );
      break;
    case 'number':
      Object.assign(out, {
        value_type: f.decimals ? 'float' : 'int',
        ...(f.decimals && { step: 0.1 }),
        ...(f.min !== undefined && { min: f.min }),
        ...(f.max !== undefined && { max: f.max }),
      });
      break;
    case 'select':
      out.options = f.options?.map((o) => ({ label: o.label, value: o.value })) ?? [];
      break;
    case 'relation':
      if (f.relation === 'categories') Object.assign(out, { widget: 'select', options: categoryOptions });
      else
        Object.assign(out, {
          collection: f.relation,
          value_field: '{{slug}}',
          search_fields: ['name'],
          display_fields: ['name'],
        });
      break;
    case 'list':
      if (f.itemRelation === 'categories')
        Object.assign(out, { widget: 'select', multiple: true, options: categoryOptions });
      else if (f.fields)
        // Each item a small form (a photo, what it shows, its caption), opened for editing.
        Object.assign(out, {
          collapsed: false,
          label_singular: f.label.replace(/^活动/, ''),
          fields: Object.entries(f.fields).map(([k, sub]) => decapField(k, sub, categories)),
          ...(f.max !== undefined && { max: f.max }),
        });
      // A list of words typed in one line, split at Chinese commas, 、 and spaces too (TagsControl).
      else out.widget = 'linli-tags';
      break;
    case 'markdown':
      // The same editor as the body: Markdown the site renders with its own renderer.
      Object.assign(out, {
        buttons: ['bold', 'heading-three', 'bulleted-list', 'numbered-list', 'link'],
        editor_components: [],
      });
      break;
    case 'object':
      // Decap checks required sub-fields even when the whole object is left empty, so an optional
      // object's parts are optional in the form; the build still reports a half-filled one.
      out.fields = Object.entries(f.fields ?? {}).map(([k, sub]) => ({
        ...decapField(k, sub, categories),
        required: f.required && sub.required,
      }));
      break;
  }
  return out;
}

/**
 * The order fields appear in the form: what a resident needs first (time, place, how to sign up),
 * publishing details last. Fields not named keep the model's order, after these.
 */
const PUBLISHING_DETAILS = ['summary', 'body', 'cover', 'coverAlt', 'audio', 'tags', 'date', 'draft'];
const FORM_ORDER: Record<string, string[]> = {
  events: [
    'title',
    'slug',
    'start',
    'end',
    'location',
    'signup',
    'contact',
    'platform',
    'deadline',
    'volunteers',
  ].concat(['team'], ['category', 'status', 'statusNote', 'recap', 'photos', 'record'], PUBLISHING_DETAILS),
  stories: ['title', 'slug', 'subject', 'honor', 'portrait', 'portraitAlt', 'team', 'category', ...PUBLISHING_DETAILS],
  articles: ['title', 'slug', 'category', 'source', 'reviewed', ...PUBLISHING_DETAILS],
};

function inFormOrder<T extends { name: string }>(collection: string, fields: T[]): T[] {
  const order = FORM_ORDER[collection] ?? [];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i)
    .map((x) => x.f);
}

/** A field whose value other fields follow or are checked against: its widget reports it (tracked.tsx). */
const TRACKED_TEXT = new Set(['title', 'name', 'cover', 'coverAlt']);

const fieldsOf = (fields: Record<string, Field>, categories: CategoryOption[]) =>
  asCmsFields(
    Object.entries(fields).map(([name, f]) =>
      // In the CMS the slug names the file; a widget fills it from the title's pinyin.
      name === 'slug'
        ? // Required, but a published entry's file name counts as its value (SlugControl).
          { ...decapField(name, f, categories), widget: 'linli-slug', required: true }
        : TRACKED_TEXT.has(name) && f.widget === 'string'
          ? { ...decapField(name, f, categories), widget: 'linli-string' }
          : decapField(name, f, categories),
    ),
  );

/** Each row of an entry list: its date (an activity's start) and, where set, its state. */
const DRAFT_MARK = "{{draft | ternary('　〔草稿〕', '')}}";
const SUMMARY: Record<string, string> = {
  // The activity's state (报名中, 已取消…) is added beside it in the list (list-states.ts).
  events: `{{start | date('YYYY-MM-DD HH:mm')}}　{{title}}${DRAFT_MARK}`,
  stories: `{{date | date('YYYY-MM-DD')}}　{{title}}${DRAFT_MARK}`,
  articles: `{{date | date('YYYY-MM-DD')}}　{{title}}${DRAFT_MARK}`,
  teams: '{{name}}',
  pages: '{{title}}',
};

/**
 * How a collection's list is sorted and filtered. Activities by their start, latest first: the
 * coming ones on top, then the ones just past (list-states.ts adds each one's state). Stories and
 * articles by date, newest first.
 */
function listView(collection: string): Pick<CmsCollection, 'sortable_fields' | 'view_filters'> {
  if (collection === 'events')
    return {
      sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'date', 'title'],
      view_filters: [
        { label: '已取消', field: 'status', pattern: 'cancelled' },
        { label: '已延期', field: 'status', pattern: 'postponed' },
        { label: '草稿', field: 'draft', pattern: true },
      ],
    } as Pick<CmsCollection, 'sortable_fields' | 'view_filters'>;
  if (collection === 'stories' || collection === 'articles')
    return {
      sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
      view_filters: [{ label: '草稿', field: 'draft', pattern: true }],
    } as Pick<CmsCollection, 'sortable_fields' | 'view_filters'>;
  return { sortable_fields: [] };
}

/** The body: no code button (`<>`) or code blocks, which a community's notices never need. */
const BODY = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  required: false,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
} as unknown as CmsField;

/**
 * Every collection editors work with: the Markdown folders and the site settings (categories.yml's
 * list sits under a `categories:` key the CMS reads a bare list into: see quiet-format.ts).
 */
export function decapCollections(categories: CategoryOption[], folders: CmsFolders): CmsCollection[] {
  const collections = Object.entries(markdownCollections).map(([name, c]): CmsCollection => ({
    name,
    label: c.label,
    label_singular: c.label,
    folder: `${folders.content}/${c.folder}`,
    create: true,
    extension: 'md',
    // Registered by the admin page (src/admin/quiet-format.ts): changes only what the editor changed.
    format: 'linli-md' as NonNullable<CmsCollection['format']>,
    identifier_field: 'slug',
    slug: '{{slug}}',
    summary: SUMMARY[name] ?? '{{title}}',
    ...listView(name),
    fields: inFormOrder(name, [...fieldsOf(c.fields, categories), BODY]),
  }));
  const settings: CmsCollection = {
    name: 'settings',
    label: '设置',
    // The site's settings files are edited, never deleted.
    delete: false,
    format: 'linli-yml' as NonNullable<CmsCollection['format']>,
    files: [
      {
        name: 'site',
        label: dataFiles.site.label,
        file: `${folders.content}/${dataFiles.site.file}`,
        fields: fieldsOf(dataFiles.site.fields, categories),
      },
      {
        name: 'categories',
        label: dataFiles.categories.label,
        file: `${folders.content}/${dataFiles.categories.file}`,
        fields: [
          {
            name: 'categories',
            label: '分类',
            label_singular: '分类',
            widget: 'list',
            collapsed: true,
            summary: '{{fields.name}}（{{fields.id}}）',
            hint: '一个分类的编号用在网址里，定下后不要再改。还有内容用着的分类不能删。',
            fields: fieldsOf(dataFiles.categories.fields, categories),
          },
        ] as unknown as CmsField[],
      },
      {
        name: 'synonyms',
        label: dataFiles.synonyms.label,
        file: `${folders.content}/${dataFiles.synonyms.file}`,
        fields: fieldsOf(dataFiles.synonyms.fields, categories),
      },
    ],
  };
  return [...collections, settings];
}

/** Where the content and the uploads are, relative to the folder the CMS backend writes in. */
export interface CmsFolders {
  content: string;
  uploads: string;
}

export interface CmsOptions {
  siteUrl: string;
  /** Port of the local `decap-server` that `npm start` runs. */
  localPort: number;
  folders: CmsFolders;
  /** The maintainer's choice of git host, branch and review (content/cms.yml). */
  backend: CmsSettings;
}

/**
 * What each save's commit says, in Chinese: the action and the entry (its kind and address name).
 * Read in a repository's history as 「修改活动公告「chongyang-jiaozi-2026」」.
 */
export const COMMIT_MESSAGES = {
  create: '新建{{collection}}「{{slug}}」',
  update: '修改{{collection}}「{{slug}}」',
  delete: '删除{{collection}}「{{slug}}」',
  uploadMedia: '上传图片「{{path}}」',
  deleteMedia: '删除图片「{{path}}」',
  openAuthoring: '{{message}}',
};

/** Decap's `backend` for the git host named in content/cms.yml. */
export function decapBackend(s: CmsSettings): Record<string, unknown> {
  const common = { repo: s.repo, branch: s.branch, commit_messages: COMMIT_MESSAGES };
  switch (s.backend) {
    case 'github':
      // GitHub has no sign-in without a server: base_url is the OAuth helper's address.
      return { name: 'github', ...common, base_url: s.baseUrl, ...(s.apiRoot && { api_root: s.apiRoot }) };
    case 'gitlab':
      // PKCE: the browser signs in with the OAuth application alone, no server of ours.
      return {
        name: 'gitlab',
        ...common,
        auth_type: 'pkce',
        app_id: s.appId,
        ...(s.baseUrl && { base_url: s.baseUrl, api_root: s.apiRoot ?? `${s.baseUrl}/api/v4` }),
      };
    case 'gitea':
      return {
        name: 'gitea',
        ...common,
        app_id: s.appId,
        base_url: s.baseUrl,
        api_root: s.apiRoot ?? `${s.baseUrl}/api/v1`,
      };
    case 'local':
      // Only `npm start`'s local backend is ever used (see local_backend); this name is never signed in to.
      return { name: 'git-gateway', branch: s.branch, commit_messages: COMMIT_MESSAGES };
  }
}

/**
 * The whole Decap configuration. On localhost Decap talks to `npm start`'s local backend, which
 * commits to the repository on this computer; online it signs in to the host in content/cms.yml.
 */
export function decapConfig(categories: CategoryOption[], options: CmsOptions): CmsConfig {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: decapBackend(options.backend) as unknown as CmsConfig['backend'],
    // 草稿 → 待审核 → 待发布. A backend that cannot keep entries in review (npm start on a folder
    // that is not a git repository) makes Decap fall back to saving straight to the site.
    publish_mode: options.backend.review ? 'editorial_workflow' : 'simple',
    local_backend: { url: `http://127.0.0.1:${options.localPort}/api/v1` },
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: options.folders.uploads,
    public_folder: '/uploads',
    // Entry file names come from the ASCII slug field; `unicode` keeps uploaded photos' Chinese names.
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    collections: decapCollections(categories, options.folders),
  };
}
