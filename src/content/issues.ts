/**
 * Turns a zod issue on an entry into a ContentProblem an editor can act on. Field labels and
 * examples come from the content model, so messages stay in step with it.
 */
import type { z } from 'astro/zod';
import { SLUG_PATTERN, type Field } from './fields';
import { suggestSlug } from '../lib/slug';
import type { ContentProblem } from './problems';

type Fields = Record<string, Field>;

function fieldAt(fields: Fields, path: PropertyKey[]): Field | undefined {
  let current: Fields | undefined = fields;
  let found: Field | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue; // an item of a list: same field
    if (typeof key !== 'string' || !current) return found;
    found = current[key];
    current = found?.fields;
  }
  return found;
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closestField(key: string, fields: Fields): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of Object.keys(fields)) {
    const d = distance(key, name);
    if (d < bestScore) [best, bestScore] = [name, d];
  }
  return bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

const quote = (v: unknown) => `「${typeof v === 'string' ? v : JSON.stringify(v)}」`;

/** Messages for the codes the model's own checks raise (see fields.ts and model.ts). */
function customMessage(code: string, f: Field | undefined, name: string, input: unknown): [string, string] {
  const example = f?.example ?? '';
  switch (code) {
    case 'not-a-date':
      return [
        `${quote(input)} 不是有效的${f?.time ? '日期时间' : '日期'}。`,
        `按这个格式写：${name}: ${example}（北京时间）。`,
      ];
    case 'needs-time':
      return [
        `只写了日期${quote(input)}，没写几点开始。`,
        `写上钟点，例如 ${name}: ${String(input)} 09:00（北京时间）。`,
      ];
    default:
      return [code, '按字段说明修改。'];
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数（不带小数点）',
  boolean: 'true 或 false',
  array: '列表',
  object: '几行子字段',
};

export function issueToProblems(issue: z.core.$ZodIssue, fields: Fields, file: string): ContentProblem[] {
  const path = issue.path;
  const name = path.filter((k) => typeof k === 'string').join('.');
  const item = path.find((k) => typeof k === 'number');
  const f = fieldAt(fields, path);
  const label = f && (typeof item === 'number' ? `${f.label}，第 ${item + 1} 项` : f.label);
  const base = { file, field: name || undefined, label };
  const input = (issue as { input?: unknown }).input;

  switch (issue.code) {
    case 'unrecognized_keys': {
      const parent = path.length ? (fieldAt(fields, path)?.fields ?? {}) : fields;
      return issue.keys.map((key) => {
        const near = closestField(key, parent);
        const prefix = path.length ? `${name}.` : '';
        return {
          file,
          field: prefix + key,
          meant: near && prefix + near,
          message: `不认识的字段${quote(key)}。`,
          fix: near
            ? `是不是想写 ${prefix}${near}（${parent[near]!.label}）？改正拼写；如果不需要，删掉这一行。`
            : `删掉这一行，或改成可用的字段：${Object.entries(parent)
                .map(([k, v]) => `${k}（${v.label}）`)
                .join('、')}。`,
        };
      });
    }
    case 'invalid_union':
    case 'invalid_type':
      if (input === undefined) {
        // In one item of a list (a photo), the line goes under that item, with the item's own key.
        const parent = typeof item === 'number' ? fieldAt(fields, path.slice(0, path.indexOf(item))) : undefined;
        const key = String(path[path.length - 1]);
        const fix = parent
          ? `在「${parent.label}」第 ${item! + 1} 项里添加一行：${key}: ${f?.example ?? ''}`
          : `添加一行：${name}: ${f?.example ?? ''}`;
        return [{ ...base, message: `缺少必填项「${f?.label ?? name}」。`, fix }];
      }
      if (f?.widget === 'datetime') {
        const [message, fix] = customMessage('not-a-date', f, name, input);
        return [{ ...base, message, fix }];
      }
      const expected = issue.code === 'invalid_type' ? issue.expected : 'string';
      return [
        {
          ...base,
          message: `${quote(input)} 的类型不对，这里应该写${TYPE_NAMES[expected] ?? '文字'}。`,
          fix: `例如 ${name}: ${f?.example ?? ''}`,
        },
      ];
    case 'too_big':
      return [
        {
          ...base,
          message:
            issue.origin === 'string'
              ? `「${f?.label ?? name}」最多 ${issue.maximum} 个字，现在有 ${String(input ?? '').length} 个字。`
              : `${quote(input)} 太大了，最大是 ${issue.maximum}。`,
          fix: issue.origin === 'string' ? '删减文字，把更多内容写进正文。' : `改成不超过 ${issue.maximum} 的数。`,
        },
      ];
    case 'too_small':
      if (issue.origin === 'string') {
        return [
          {
            ...base,
            message: `「${f?.label ?? name}」是空的。`,
            fix: `填上内容，例如 ${name}: ${f?.example ?? ''}；不需要就删掉这一行。`,
          },
        ];
      }
      return [
        {
          ...base,
          message: `${quote(input)} 太小了，最小是 ${issue.minimum}。`,
          fix: `改成不小于 ${issue.minimum} 的数。`,
        },
      ];
    case 'invalid_value': {
      const options = f?.options?.map((o) => `${o.value}（${o.label}）`).join('、') ?? issue.values.join('、');
      return [{ ...base, message: `${quote(input)} 不是可选的值。`, fix: `只能写：${options}。` }];
    }
    case 'invalid_format': {
      // A Chinese slug gets its pinyin as the example, ready to paste.
      const example = f?.pattern === SLUG_PATTERN && typeof input === 'string' ? suggestSlug(input) : f?.example;
      return [
        {
          ...base,
          message: `${quote(input)} 格式不对，这里要写${f?.pattern?.message ?? issue.message}。`,
          fix: `例如 ${name}: ${example ?? ''}`,
        },
      ];
    }
    case 'custom': {
      // A rule of the model (model.ts, fields.ts) carries its own words.
      const params = (issue as { params?: { message?: string; fix?: string } }).params;
      if (params?.message && params.fix) return [{ ...base, message: params.message, fix: params.fix }];
      const [message, fix] = customMessage(issue.message, f, name, input);
      return [{ ...base, message, fix }];
    }
    default:
      return [{ ...base, message: issue.message, fix: '按字段说明修改。' }];
  }
}
