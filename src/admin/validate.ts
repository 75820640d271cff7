/**
 * The CMS runs the build's own check (content/check.ts) before it saves, so an editor sees in the
 * form the same Chinese message the build would print. Checks across files (duplicate addresses,
 * missing images) still happen at build time.
 */
import { checkData, definitionOf, type CheckedKind } from '../content/check';
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
  const { body: _body, ...fields } = data;
  return checkData(definitionOf(collectionOrFile as CheckedKind), fields, file).problems;
}

export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `【${p.label ?? p.field ?? ''}】${p.message}${p.fix}`).join(' ');
}
