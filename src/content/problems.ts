/**
 * Content problems in words an editor can act on: which file, which field, what is wrong and how
 * to fix it. The build collects every problem it finds and stops with all of them at once.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project (e.g. `content/events/lei-feng.md`). */
  file: string;
  /** The field name as written in the file, when the problem is about one field. */
  field?: string | undefined;
  /** The field's Chinese label. */
  label?: string | undefined;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** For a misspelt field: the field it most likely meant (so "missing X" is not reported too). */
  meant?: string | undefined;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole report; a stack trace into our loader would only confuse editors.
    this.stack = '';
  }
}

export function formatProblem(p: ContentProblem): string {
  const lines = [`✗ ${p.file}`];
  if (p.field) lines.push(`  字段：${p.field}${p.label ? `（${p.label}）` : ''}`);
  lines.push(`  问题：${p.message}`, `  怎么改：${p.fix}`);
  return lines.join('\n');
}

export function formatProblems(problems: ContentProblem[]): string {
  return [
    `内容检查发现 ${problems.length} 处问题，网站没有更新。请按下面的提示修改后重新发布：`,
    '',
    problems.map(formatProblem).join('\n\n'),
    '',
  ].join('\n');
}
