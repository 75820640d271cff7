/**
 * Reading an editor's file: the frontmatter block and its YAML. YAML is read with the core
 * schema, so dates stay strings and are read as Beijing time by the model, whatever `TZ` is.
 * Mistakes a Chinese keyboard makes (a full-width colon, Tab indentation) are named with their
 * line and field, because YAML itself reports them badly or not at all.
 */
import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems';

export const YAML_FIX =
  '检查这一行及上一行：每行写成「字段: 值」，冒号后面留一个空格；值里有冒号或以符号开头时，用英文引号把值括起来；同一级的行要对齐。';

/** The field name a YAML line starts with, if any. */
const keyOf = (line: string) => /^\s*-?\s*([A-Za-z_][\w]*)\s*[:：]/.exec(line)?.[1];

/**
 * A full-width colon after a field name, and Tab indentation. A line of block text (indented
 * under `summary: |`) may hold a full-width colon: such lines are looked at only when the YAML
 * did not read; a field at the start of a line is always a field.
 */
function typingProblems(source: string, file: string, lineOffset: number, yamlFailed: boolean): ContentProblem[] {
  return source.split('\n').flatMap((text, i): ContentProblem[] => {
    const line = i + 1 + lineOffset;
    const key = keyOf(text);
    const topLevel = !/^\s/.test(text);
    if ((topLevel || yamlFailed) && /^\s*-?\s*[A-Za-z_]\w*\s*：/.test(text)) {
      const value = text.split('：').slice(1).join('：').trim();
      return [
        {
          file,
          field: key,
          message: `第 ${line} 行字段名后面用了中文冒号「：」。`,
          fix: `改成英文冒号加一个空格：${key}: ${value}`,
        },
      ];
    }
    if (yamlFailed && /^ *\t/.test(text)) {
      return [
        {
          file,
          field: key,
          message: `第 ${line} 行用 Tab 键缩进了。`,
          fix: '删掉行首的 Tab，改用空格缩进（子字段前面两个空格）。',
        },
      ];
    }
    return [];
  });
}

/**
 * Parses YAML; on a mistake, adds what is wrong (with its line) to `problems` and returns
 * undefined. `lineOffset` is the number of lines in the file before this YAML starts.
 */
export function parseYaml(source: string, file: string, lineOffset: number, problems: ContentProblem[]): unknown {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const typing = typingProblems(source, file, lineOffset, doc.errors.length > 0);
  if (typing.length) {
    problems.push(...typing);
    return undefined;
  }
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const index = source.slice(0, err.pos[0]).split('\n').length - 1;
    const text = source.split('\n')[index] ?? '';
    const line = index + 1 + lineOffset;
    const duplicate = /unique/i.test(err.message);
    problems.push({
      file,
      field: keyOf(text),
      message: duplicate ? `第 ${line} 行：同一个字段写了两次。` : `第 ${line} 行「${text.trim()}」读不出来。`,
      fix: duplicate ? '删掉重复的那一行，只保留一个。' : YAML_FIX,
    });
    return undefined;
  }
  return doc.toJS();
}

const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A Markdown file's frontmatter (its YAML, not yet parsed) and body. */
export function splitFrontmatter(source: string, file: string, problems: ContentProblem[]) {
  const m = FRONTMATTER_RE.exec(source);
  if (!m) {
    problems.push({
      file,
      message: '文件开头没有信息区（用两行 --- 包起来的标题、日期等）。',
      fix: '在文件第一行写 ---，接着写 title: 标题 等字段，再写一行 --- 结束，然后才是正文。',
    });
    return undefined;
  }
  return { yaml: m[1] ?? '', body: source.slice(m[0].length) };
}

/** Reads a whole Markdown entry: its frontmatter as data (undefined when unreadable) and its body. */
export function parseEntry(source: string, file: string, problems: ContentProblem[]) {
  const parts = splitFrontmatter(source, file, problems);
  if (!parts) return undefined;
  // The YAML starts on the file's second line, after the opening ---.
  const raw = parseYaml(parts.yaml, file, 1, problems);
  if (raw === undefined && parts.yaml.trim() !== '') return undefined;
  return { data: raw ?? {}, body: parts.body };
}
