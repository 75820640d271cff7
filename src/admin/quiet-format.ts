/**
 * How the CMS reads and writes entry files, so that saving a change to one field changes one line.
 * Decap's own frontmatter format writes the whole file anew: keys in the form's order, every list
 * as a block, empty strings for empty fields. Here the file as it was written is kept alongside the
 * entry's values (under SOURCE, which the form never shows) and only what changed is written back
 * into it, keeping its key order, comments, quoting and list style.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';

/** The entry's original file text, carried with its values from reading to writing. */
export const SOURCE = '__linliSource';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

type Values = Record<string, unknown>;

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v as Values).every(isEmpty));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The values without empty ones (nested objects too): nothing is written for a field left blank. */
function withoutEmpty(values: Values): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) {
    if (isEmpty(v)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? withoutEmpty(v as Values) : v;
  }
  return out;
}

/** Writes `values` into an existing YAML document, touching only what changed. */
function update(doc: Document, values: Values) {
  const before = (doc.toJS() ?? {}) as Values;
  for (const key of Object.keys(before)) if (!(key in values)) doc.delete(key);
  for (const [key, value] of Object.entries(values)) {
    if (same(before[key], value)) continue;
    const old = doc.get(key, true);
    if (isMap(old) && value && typeof value === 'object' && !Array.isArray(value)) {
      const sub = parseDocument('');
      sub.contents = old as typeof sub.contents; // the same node: changes land in `doc`
      update(sub, value as Values);
      continue;
    }
    // A list of small forms (photos, synonym groups) changes item by item: adding one adds its lines.
    if (isSeq(old) && !old.flow && Array.isArray(value) && !inline(value)) {
      updateItems(doc, old, value);
      continue;
    }
    // A list written inline (`tags: [a, b]`) stays inline.
    const node = doc.createNode(value, { flow: isSeq(old) ? Boolean(old.flow) : inline(value) });
    if (isScalar(old) && isScalar(node) && old.type) node.type = old.type; // keep the quoting it had
    doc.set(key, node);
  }
}

/** A new item of a list of small forms, as a person would write it: its lists of words inline. */
function itemNode(doc: Document, value: unknown) {
  const node = doc.createNode(value, { flow: false });
  if (isMap(node))
    for (const pair of node.items)
      if (isSeq(pair.value) && inline((pair.value as { toJSON(): unknown }).toJSON())) pair.value.flow = true;
  return node;
}

/** Writes a list of small forms into the list it was, keeping the items that did not change. */
function updateItems(doc: Document, seq: YAMLSeq, values: unknown[]) {
  const before = seq.toJSON() as unknown[];
  values.forEach((value, i) => {
    if (i < seq.items.length && same(before[i], value)) return;
    const old = seq.items[i];
    if (isMap(old) && value && typeof value === 'object' && !Array.isArray(value)) {
      const sub = parseDocument('');
      sub.contents = old as typeof sub.contents;
      update(sub, withoutEmpty(value as Values));
    } else if (i < seq.items.length) seq.items[i] = itemNode(doc, value);
    else seq.items.push(itemNode(doc, value));
  });
  seq.items.splice(values.length);
}

/**
 * Lists of words go on one line (`tags: [a, b]`); lists of small forms (photos with what they show)
 * one item under another, as a person would write them.
 */
function inline(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
}

/** The key a bare list is edited under, and written back with (`categories:`). */
export const BARE_LIST_KEY = 'categories';

/** Reads an entry file: its values, its body, and the original text to write changes into. */
export function readEntry(text: string, withBody: boolean): Values {
  const m = withBody ? FRONTMATTER.exec(text) : null;
  const yamlText = withBody ? (m?.[1] ?? '') : text;
  const doc = parseDocument(yamlText, { schema: 'core' });
  const js: unknown = doc.toJS() ?? {};
  // A settings file that is a bare list (categories.yml written by hand) is edited as its one list.
  const values = (Array.isArray(js) ? { [BARE_LIST_KEY]: js } : js) as Values;
  if (withBody) values.body = m ? text.slice(m[0].length) : text;
  values[SOURCE] = yamlText;
  return values;
}

/**
 * Writes an entry file. A file that existed keeps everything that did not change; a new one gets
 * its fields in `order` (the content model's), lists of words inline, and no empty fields.
 */
export function writeEntry(data: Values, withBody: boolean, order: string[]): string {
  const { body, [SOURCE]: source, ...rest } = data;
  const values = withoutEmpty(rest);
  let doc: Document;
  if (typeof source === 'string') {
    doc = parseDocument(source, { schema: 'core' });
    if (isSeq(doc.contents)) {
      // A bare list gains its key; its items, comments and the file's heading comment stay.
      const list = doc.contents;
      // The file's heading comment is read as the first item's: it stays at the top of the file.
      const first = list.items[0] as { commentBefore?: string | null } | undefined;
      const heading = [list.commentBefore, first?.commentBefore].filter(Boolean).join('\n');
      list.commentBefore = null;
      if (first) first.commentBefore = null;
      doc.contents = doc.createNode({});
      if (heading) doc.contents.commentBefore = heading;
      doc.set(BARE_LIST_KEY, list);
    }
    update(doc, values);
  } else {
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    const sorted = Object.fromEntries(Object.entries(values).sort(([a], [b]) => rank(a) - rank(b)));
    doc = parseDocument('', { schema: 'core' });
    doc.contents = doc.createNode(sorted, { flow: false });
    for (const [k, v] of Object.entries(sorted)) {
      if (inline(v)) doc.set(k, doc.createNode(v, { flow: true }));
      else if (Array.isArray(v)) doc.set(k, doc.createNode(v.map((item) => itemNode(doc, item))));
    }
  }
  const yamlText = Object.keys(values).length ? doc.toString({ lineWidth: 0, flowCollectionPadding: false }) : '';
  if (!withBody) return yamlText;
  const text = typeof body === 'string' ? body : '';
  return `---\n${yamlText}---\n${text}`;
}
