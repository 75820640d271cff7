/**
 * The Decap CMS collections, derived from the content model, so the editors' forms and the site's
 * checks cannot drift apart. (The /admin page that loads them is built on top of this.)
 */
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
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
  if (f.pattern) out.pattern = [f.pattern.regex.source, `格式：${f.pattern.message}`];
  // Decap has no length limit of its own; a pattern does the job for text without one.
  else if (f.max !== undefined && (f.widget === 'string' || f.widget === 'text'))
    out.pattern = [`^[\\s\\S]{0,${f.max}}$`, `最多 ${f.max} 个字`];
  const categoryOptions = categories.map((c) => ({ label: c.name, value: c.id }));
  switch (f.widget) {
    case 'datetime':
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
        value_type: 'int',
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

const fieldsOf = (fields: Record<string, Field>, categories: CategoryOption[]) =>
  asCmsFields(
    Object.entries(fields).map(([name, f]) =>
      // In the CMS the slug names the file; a widget fills it from the title's pinyin.
      // Required for new entries through the widget's own check, so published files without a slug line still save.
      name === 'slug'
        ? { ...decapField(name, f, categories), widget: 'linli-slug', required: false }
        : decapField(name, f, categories),
    ),
  );

/**
 * Every collection editors work with: the Markdown folders and the site settings (categories.yml
 * is edited by hand: Decap cannot edit a top-level YAML list).
 */
export function decapCollections(categories: CategoryOption[], folders: CmsFolders): CmsCollection[] {
  const collections = Object.entries(markdownCollections).map(([name, c]): CmsCollection => ({
    name,
    label: c.label,
    label_singular: c.label,
    folder: `${folders.content}/${c.folder}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'slug',
    slug: '{{slug}}',
    summary: name === 'teams' ? '{{name}}' : '{{title}}',
    sortable_fields: 'date' in c.fields ? ['date', 'title'] : [],
    fields: [...fieldsOf(c.fields, categories), { name: 'body', label: '正文', widget: 'markdown', required: false }],
  }));
  const settings: CmsCollection = {
    name: 'settings',
    label: '设置',
    files: [
      {
        name: 'site',
        label: dataFiles.site.label,
        file: `${folders.content}/${dataFiles.site.file}`,
        fields: fieldsOf(dataFiles.site.fields, categories),
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
}

/**
 * The whole Decap configuration. The production backend is the maintainer's to choose (GitHub,
 * GitLab…); on localhost Decap talks to the local `decap-server` instead, which writes files here.
 */
export function decapConfig(categories: CategoryOption[], options: CmsOptions): CmsConfig {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: { name: 'git-gateway', branch: 'main' },
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
