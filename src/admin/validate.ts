/**
 * The CMS runs the site's own content check before it saves, so an editor sees the same Chinese
 * message in the form that the build would print, instead of a save that silently fails to build.
 * (Checks across files, such as duplicate slugs, still happen at build time.)
 */
import { dropBlanks } from '../content/blanks';
import { issueToProblems } from '../content/issues';
import { dataFiles, markdownCollections } from '../content/model';
import type { ContentProblem } from '../content/problems';

const schemas: Record<string, { schema: (typeof markdownCollections)[keyof typeof markdownCollections]['schema'] | typeof dataFiles.site.schema; fields: Record<string, import('../content/fields').Field> }> = {
  ...markdownCollections,
  site: dataFiles.site,
};

export function problemsBeforeSave(collectionOrFile: string, data: Record<string, unknown>): ContentProblem[] {
  const def = schemas[collectionOrFile];
  if (!def) return [];
  const copy = structuredClone(data);
  delete copy.body;
  dropBlanks(copy);
  const result = def.schema.safeParse(copy, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => issueToProblems(issue, def.fields, collectionOrFile));
}

export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `【${p.label ?? p.field ?? ''}】${p.message}${p.fix}`).join(' ');
}
