/**
 * The editors' field reference (docs/content-fields.md), written from the content model so it can
 * never disagree with what the build accepts. A unit test keeps the committed file in step.
 */
import type { Field } from './fields';
import { dataFiles, markdownCollections } from './model';

const WIDGET_NAMES: Record<Field['widget'], string> = {
  string: '文字',
  text: '多行文字',
  markdown: 'Markdown 文字',
  datetime: '日期',
  number: '整数',
  boolean: 'true / false',
  select: '选项',
  list: '列表',
  object: '子字段',
  image: '图片路径',
  file: '文件路径',
  relation: '编号',
};

function kindOf(f: Field): string {
  if (f.widget === 'datetime') return f.time ? '日期时间（北京时间）' : '日期';
  if (f.widget === 'number' && f.decimals) return '数字（可有一位小数）';
  if (f.widget === 'relation') return f.relation === 'teams' ? '服务队网址名' : '分类编号';
  if (f.widget === 'list' && f.itemRelation) return '分类编号列表';
  if (f.widget === 'list' && f.fields) return `列表，每项有 ${Object.keys(f.fields).join('、')}`;
  return WIDGET_NAMES[f.widget];
}

function rules(f: Field): string {
  const out: string[] = [];
  if (f.hint) out.push(f.hint.replace(/。$/, ''));
  if (f.options) out.push(`可选：${f.options.map((o) => `\`${o.value}\`（${o.label}）`).join('、')}`);
  if (f.pattern) out.push(`格式：${f.pattern.message}`);
  if (f.max !== undefined && f.widget === 'list') out.push(`最多 ${f.max} 项`);
  else if (f.max !== undefined && f.widget !== 'number') out.push(`最多 ${f.max} 字`);
  if (f.widget === 'number' && f.min !== undefined) out.push(`${f.min} 到 ${f.max ?? '不限'}`);
  if (f.rules) out.push(...f.rules);
  return out.join('；').replace(/\|/g, '\\|');
}

function rows(fields: Record<string, Field>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, f]) => {
    const example = f.example && f.widget !== 'object' ? `\`${name}: ${f.example}\`` : '';
    const cells = [`\`${prefix}${name}\``, f.label, f.required ? '**必填**' : '选填', kindOf(f), rules(f), example];
    const row = `| ${cells.join(' | ')} |`;
    return [row, ...(f.fields ? rows(f.fields, `${prefix}${name}.`) : [])];
  });
}

function table(fields: Record<string, Field>): string {
  return ['| 字段 | 名称 | 必填 | 类型 | 说明 | 例子 |', '|---|---|---|---|---|---|', ...rows(fields)].join('\n');
}

export function fieldReference(): string {
  const parts = [
    '# 内容字段一览',
    '',
    '> 这个文件由 `src/content/model.ts` 生成（`npx vitest run -u tests/unit/docs.test.ts`），不要手工修改。',
    '',
    '时间都按北京时间理解：日期写成 `2027-03-05`，日期时间写成 `2027-03-05 09:00`。不认识的字段会让网站生成停下并提示。',
    '',
  ];
  for (const c of Object.values(markdownCollections)) {
    parts.push(`## ${c.label}：\`content/${c.folder}/*.md\``, '', table(c.fields), '');
    if (c.rules.length) parts.push('还要满足：', '', ...c.rules.map((r) => `- ${r.text}`), '');
    parts.push('不写网址名（slug）时用文件名作网址名，文件名也要符合网址名的规则。信息区下面是 Markdown 正文。', '');
  }
  for (const d of Object.values(dataFiles)) {
    const note = d.file === 'categories.yml' ? '（一个列表，每项是下面这些字段）' : '';
    parts.push(`## ${d.label}：\`content/${d.file}\`${note}`, '', table(d.fields), '');
  }
  return parts.join('\n');
}
