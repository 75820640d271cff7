/**
 * Field builders for the content model. Each field carries what an editor sees (Chinese label,
 * hint, example, how to fix a mistake) next to the zod schema that checks it, so the Astro
 * collections, the build's error messages and the CMS configuration all come from one definition.
 */
import { z } from 'astro/zod';
import { SLUG_RE, SLUG_RULES, slugProblem } from '../lib/slug';
import { endOfCstDay, parseCstDate, parseCstDateTime } from '../lib/time';

/** Which editor control the field gets; the names follow Decap CMS widgets. */
export type Widget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'datetime'
  | 'number'
  | 'boolean'
  | 'select'
  | 'list'
  | 'object'
  | 'image'
  | 'file'
  | 'relation';

export interface FieldMeta {
  widget: Widget;
  /** Chinese label shown to editors and used in error messages. */
  label: string;
  /** One-line help under the field. */
  hint?: string;
  required: boolean;
  /** A valid value, written the way it goes in the file (used in "how to fix" messages). */
  example: string;
  /** For `select`: the allowed values and their Chinese names. */
  options?: readonly { value: string; label: string }[];
  /** For `relation`: which collection the value must name. */
  relation?: 'teams' | 'categories';
  /** For `list`: whether the list holds relations instead of free text. */
  itemRelation?: 'categories';
  /** For `object`, and `list` of objects: the sub-fields (of each item). */
  fields?: Record<string, Field>;
  /**
   * A pattern the value must match, and what a valid value is, in Chinese (shown by the build's
   * error messages and, as the form's validation message, by the CMS).
   */
  pattern?: { regex: RegExp; message: string };
  /** For `datetime`: whether a time of day is expected (otherwise just a date). */
  time?: boolean;
  /** For `datetime` with `time`: what a date written without a time means. */
  bareDate?: 'start-of-day' | 'end-of-day' | 'reject';
  min?: number;
  max?: number;
  /** For `number`: decimal places allowed (none when absent). */
  decimals?: 1;
  /** Rules beyond type and pattern, in an editor's words (listed in docs/content-fields.md). */
  rules?: readonly string[];
  /**
   * Typed with a Chinese keyboard, the value may come in full-width forms (１３９ ０５１２, ＷｉＦｉ,
   * an ideographic space): it is read in their ordinary forms (Unicode NFKC), and saved so by the CMS.
   */
  normalize?: boolean;
}

export interface Field<S extends z.ZodType = z.ZodType> extends FieldMeta {
  schema: S;
}

type Opt<S extends z.ZodType, R> = R extends true ? S : z.ZodOptional<S>;
type Meta<R extends boolean> = Omit<FieldMeta, 'widget' | 'required' | 'example'> & {
  required?: R;
  example?: string;
};

function field<S extends z.ZodType, R extends boolean>(
  widget: Widget,
  base: S,
  meta: Meta<R>,
  example: string,
): Field<Opt<S, R>> {
  const required = meta.required ?? false;
  const schema = required ? base : base.optional();
  return { ...meta, widget, required, example: meta.example ?? example, schema } as Field<Opt<S, R>>;
}

export { SLUG_RE };
export const SLUG_PATTERN = { regex: SLUG_RE, message: '只用小写英文字母、数字和连字符（-）的网址名' };
const IMAGE_PATTERN = {
  regex: /^\/[^\s?#]+\.(?:jpe?g|png|webp|gif|svg|avif)$/i,
  message: '以 / 开头的图片路径（jpg、png、webp、gif、svg）',
};

/**
 * Text that YAML may have read as a number (`phone: 13912345678`, `tags: [119]`): editors should
 * not need to know about quoting, so numbers are taken as the text they were written as.
 */
function textValue(max?: number, pattern?: FieldMeta['pattern'], normalize = false) {
  let text = z.string().trim().min(1);
  if (max) text = text.max(max);
  if (pattern) text = text.regex(pattern.regex, pattern.message);
  const input = z.union([z.string(), z.number().transform(String)]);
  return normalize ? input.transform(normalized).pipe(text) : input.pipe(text);
}

/** Full-width digits, letters, brackets and spaces in their ordinary forms; runs of spaces as one. */
export function normalized(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ');
}

/** One line of text. */
export function string<R extends boolean = false>(meta: Meta<R> & { max?: number }) {
  return field('string', textValue(meta.max, meta.pattern, meta.normalize), meta, '文字');
}

/**
 * An entry's address. The pattern (also given to the CMS form) covers the characters; the other
 * slug rules raise issues whose message is the rule itself, so the build and the CMS say the same.
 */
export function slug<R extends boolean = false>(meta: Meta<R>) {
  const base = textValue(undefined, SLUG_PATTERN).superRefine((value, ctx) => {
    const problem = slugProblem(value);
    if (problem && problem !== 'only-ascii') {
      ctx.addIssue({
        code: 'custom',
        message: 'rule',
        params: {
          message: `网址名「${value}」${SLUG_RULES[problem]}。`,
          fix: '换一个网址名，例如在后面加上年份或拼音。',
        },
        input: value,
      });
    }
  });
  const rules = [SLUG_RULES['only-digits'], SLUG_RULES['too-long']];
  return field('string', base, { pattern: SLUG_PATTERN, rules, ...meta }, 'xueleifeng-2027');
}

/** Several lines of text (a bigger box in the CMS); checked the same way. */
export function text<R extends boolean = false>(meta: Meta<R> & { max?: number }) {
  return field('text', textValue(meta.max), meta, '文字');
}

/** Paragraphs in Markdown (the CMS's rich-text box), rendered by the site's own renderer. */
export function markdown<R extends boolean = false>(meta: Meta<R> & { max?: number }) {
  return field('markdown', textValue(meta.max), meta, '几段文字');
}

/**
 * A date or date-and-time in Beijing time. The file holds a string (`2026-03-14 08:30`); the
 * site gets a `Date`. YAML is read with the core schema, so dates always arrive as strings.
 */
export function datetime<R extends boolean = false>(
  meta: Meta<R> & { time?: boolean; bareDate?: 'start-of-day' | 'end-of-day' | 'reject' },
) {
  const base = z.string().transform((value, ctx) => {
    const parsed = parseCstDateTime(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'not-a-date', input: value });
      return z.NEVER;
    }
    // A date without a time of day: "end: 2027-07-02" means to the end of that day, not its first minute.
    if (meta.time && parseCstDate(value)) {
      if (meta.bareDate === 'reject') {
        ctx.addIssue({ code: 'custom', message: 'needs-time', input: value });
        return z.NEVER;
      }
      if (meta.bareDate === 'end-of-day') return endOfCstDay(parsed);
    }
    return parsed;
  });
  return field('datetime', base, meta, meta.time ? '2027-03-05 09:00' : '2027-03-05');
}

/**
 * A number. Whole by default (people, members); `decimals: 1` allows one decimal place (2.5
 * hours). The CMS's number box saves what an editor typed there as a number.
 */
export function number<R extends boolean = false>(meta: Meta<R> & { min?: number; max?: number; decimals?: 1 }) {
  let base = meta.decimals
    ? z.number().refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, {
        message: 'rule',
        params: { message: '最多写一位小数。', fix: `改成一位小数，例如 ${meta.example ?? '2.5'}。` },
      })
    : z.number().int();
  if (meta.min !== undefined) base = base.min(meta.min);
  if (meta.max !== undefined) base = base.max(meta.max);
  return field('number', base, meta, String(meta.min ?? 1));
}

export function boolean<R extends boolean = false>(meta: Meta<R>) {
  return field('boolean', z.boolean(), meta, 'true');
}

export function select<const V extends string, R extends boolean = false>(
  meta: Meta<R> & { options: readonly { value: V; label: string }[] },
) {
  const values = meta.options.map((o) => o.value) as [V, ...V[]];
  return field('select', z.enum(values), meta, values[0]);
}

/** A value that names an entry of another collection; checked after every file is read. */
export function relation<R extends boolean = false>(meta: Meta<R> & { relation: 'teams' | 'categories' }) {
  // No pattern here: the reference check lists the valid values, which helps an editor more.
  return field('relation', z.string().trim().min(1), meta, 'xueleifeng');
}

/**
 * A list of words. The CMS's list box and Chinese keyboards both produce "a, b，c、" strings and
 * stray blanks, so items are split on any of those commas and empty ones dropped.
 */
export function list<R extends boolean = false>(meta: Meta<R> & { itemRelation?: 'categories' }) {
  const split = (v: unknown) =>
    Array.isArray(v)
      ? v
          .flatMap((x) => (typeof x === 'string' ? x.split(/[,，、]/) : [x]))
          .filter((x) => !(typeof x === 'string' && !x.trim()) && x !== null)
      : v;
  return field('list', z.preprocess(split, z.array(textValue())), meta, '[标签一, 标签二]');
}

/** A site path under `public/`, e.g. `/uploads/2027/lei-feng.jpg`; existence is checked later. */
export function image<R extends boolean = false>(meta: Meta<R>) {
  const base = z.string().trim().regex(IMAGE_PATTERN.regex, IMAGE_PATTERN.message);
  return field('image', base, { pattern: IMAGE_PATTERN, ...meta }, '/uploads/photo.jpg');
}

const AUDIO_PATTERN = { regex: /^\/[^\s?#]+\.(?:mp3|m4a|aac)$/i, message: '以 / 开头的录音文件路径（mp3、m4a）' };

/** A recording under `public/` (mp3 or m4a, which every phone browser plays, WeChat's included). */
export function audio<R extends boolean = false>(meta: Meta<R>) {
  const base = z.string().trim().regex(AUDIO_PATTERN.regex, AUDIO_PATTERN.message);
  return field('file', base, { pattern: AUDIO_PATTERN, ...meta }, '/uploads/luyin.mp3');
}

/** A list whose items each hold the same sub-fields (photos with their captions). */
export function objectList<F extends Record<string, Field>, R extends boolean = false>(
  meta: Omit<Meta<R>, 'fields'> & { fields: F; max?: number },
) {
  return field('list', z.array(strictObject(meta.fields)).max(meta.max ?? 50), meta, '');
}

export function object<F extends Record<string, Field>, R extends boolean = false>(
  meta: Omit<Meta<R>, 'fields'> & { fields: F },
) {
  return field('object', strictObject(meta.fields), meta, '');
}

type ShapeOf<F extends Record<string, Field>> = { [K in keyof F]: F[K]['schema'] };

/** A zod object for a set of fields that rejects any key the model does not define. */
export function strictObject<F extends Record<string, Field>>(fields: F) {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema]));
  return z.strictObject(shape as ShapeOf<F>);
}
