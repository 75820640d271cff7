/**
 * The CMS runs the build's own check (content/check.ts) before it saves, so an editor sees in the
 * form the same Chinese message the build would print. Checks across files (duplicate addresses,
 * missing images) still happen at build time.
 */
import { checkData, definitionOf, type CheckedKind } from '../content/check';
import { normalized, type Field } from '../content/fields';
import { markdownCollections } from '../content/model';
import type { ContentProblem } from '../content/problems';

const checkable = new Set<string>([...Object.keys(markdownCollections), 'site']);

/** `collectionOrFile`: a collection name, or `site` for the settings file. `file`: how messages name it. */
export function problemsBeforeSave(
  collectionOrFile: string,
  data: Record<string, unknown>,
  file = collectionOrFile,
): ContentProblem[] {
  if (!checkable.has(collectionOrFile)) return [];
  // The body, and what the CMS carries for itself (quiet-format.ts), are not fields of the entry.
  const fields = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'body' && !k.startsWith('__')));
  return checkData(definitionOf(collectionOrFile as CheckedKind), fields, file).problems;
}

/**
 * Categories as the CMS is about to save them: each one checked like the build checks it, no id
 * twice, and none removed that entries still use (`inUse`: id → the entries, from names.json).
 */
export function categoryProblems(
  list: Record<string, unknown>[],
  before: Record<string, string>,
  inUse: Record<string, string[]>,
  file = 'categories',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    for (const p of checkData(definitionOf('category'), item, file).problems)
      problems.push({ ...p, message: `第 ${i + 1} 个分类：${p.message}` });
    const id = String(item.id ?? '');
    if (id && seen.has(id))
      problems.push({
        file,
        field: 'id',
        label: '分类编号',
        message: `分类编号「${id}」用了两次。`,
        fix: '换一个编号。',
      });
    seen.add(id);
  });
  for (const [id, name] of Object.entries(before)) {
    const users = inUse[id] ?? [];
    if (seen.has(id) || users.length === 0) continue;
    const shown = users.slice(0, 5).join('') + (users.length > 5 ? ` 等 ${users.length} 篇` : '');
    problems.push({
      file,
      field: 'categories',
      label: '分类',
      message: `分类「${name}」还有内容在用：${shown}，不能删。`,
      fix: '先把这些内容改成别的分类，再删这个分类；只想改名字的话，改“分类名称”就行。',
    });
  }
  return problems;
}

/**
 * Changes to make before saving: text fields the model reads in ordinary forms (a phone number
 * typed with full-width digits) are stored that way, so the file reads as the site shows it.
 * Returns each change as the path of the value and its new value.
 */
export function normalizeForSave(collectionOrFile: string, data: Record<string, unknown>): [string[], string][] {
  if (!checkable.has(collectionOrFile)) return [];
  const changes: [string[], string][] = [];
  const walk = (values: Record<string, unknown>, defs: Record<string, Field>, at: string[]) => {
    for (const [k, f] of Object.entries(defs)) {
      const v = values[k];
      if (f.normalize && typeof v === 'string' && normalized(v).trim() !== v)
        changes.push([[...at, k], normalized(v).trim()]);
      else if (f.fields && v && typeof v === 'object' && !Array.isArray(v)) {
        walk(v as Record<string, unknown>, f.fields, [...at, k]);
      }
    }
  };
  walk(data, definitionOf(collectionOrFile as CheckedKind).fields, []);
  return changes;
}

/**
 * The problems in form language. A fix written for someone editing the file ("添加一行：date: …",
 * "删掉这一行") means nothing in a form, so only the message is kept then.
 */
export function describeProblems(problems: ContentProblem[]): string {
  return problemLines(problems)
    .map((p) => p.text)
    .join(' ');
}

const forForm = (fix: string) => (/一行|信息区|文件|[a-z]\w*: /.test(fix) ? '' : fix);

/** Each problem as a line of the save notice, with the field it is about (save-notice.ts). */
export function problemLines(problems: ContentProblem[]): { target: string | undefined; text: string }[] {
  return problems.map((p) => ({
    // A nested field (contact.phone) is found in the form by its own name.
    target: p.field?.split('.').pop(),
    text: `【${p.label ?? p.field ?? ''}】${p.message}${forForm(p.fix)}`,
  }));
}
