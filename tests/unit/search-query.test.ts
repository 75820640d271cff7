/** How a resident's query becomes index words (src/lib/search/query.ts, t2s.ts, rank.ts). */
import { describe, expect, it } from 'vitest';
import { intlSegment, normalizeQuery, queryVariants, synonymTexts } from '../../src/lib/search/query';
import { toSimplified } from '../../src/lib/search/t2s';
import { T2S_PAIRS } from '../../src/lib/search/t2s-table';
import { mergeVariants, rerank, share } from '../../src/lib/search/rank';
import { decodeWord, indexText } from '../../src/lib/search/tokens';
import { t2sPairs, traditionalMarks } from '../../scripts/gen-t2s.mjs';
import { TRADITIONAL_MARKS } from '../../src/lib/search/t2s-marks';
import { mayBeTraditional } from '../../src/lib/search/traditional';

const segment = intlSegment();
/** A variant's words as text: 义诊 时间, not v4e49… */
const shown = (terms: string) => terms.split(' ').map(decodeWord).join(' ');
const exact = (q: string, o = {}) => shown(queryVariants(q, { segment, toSimplified, ...o })[0]!.terms);
/** Whether every word of the query's exact variant is among a text's index words (prefix match). */
const finds = (q: string, text: string) => {
  const held = indexText(text).split(' ');
  return queryVariants(q, { segment, toSimplified })[0]!
    .terms.split(' ')
    .every((t) => held.some((w) => w.startsWith(t)));
};

describe('normalising', () => {
  it('turns full-width letters and digits into ordinary ones, in lower case', () => {
    expect(normalizeQuery('１１０')).toBe('110');
    expect(normalizeQuery('ＷｉＦｉ')).toBe('wifi');
    expect(normalizeQuery('５Ｇ 手机')).toBe('5g 手机');
    expect(normalizeQuery('义诊？　时间！')).toBe('义诊 时间');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(toSimplified('義診 詐騙 垃圾分類 獻血 疫苗接種')).toBe('义诊 诈骗 垃圾分类 献血 疫苗接种');
    expect(exact('義診')).toBe('义诊');
  });

  it('keeps the table in step with OpenCC (regenerate with node scripts/gen-t2s.mjs)', () => {
    expect(T2S_PAIRS).toBe(t2sPairs());
    expect(TRADITIONAL_MARKS).toBe(traditionalMarks(T2S_PAIRS));
  });

  it('fetches the table only for a query that may hold traditional characters', () => {
    for (const q of ['義診', '垃圾分類', '詐騙電話', '重陽節']) expect(mayBeTraditional(q), q).toBe(true);
    for (const q of ['义诊', '垃圾分类', '诈骗电话', 'yizhen', '１１０', '社区医院看病'])
      expect(mayBeTraditional(q), q).toBe(false);
  });
});

describe('words of a query', () => {
  it('asks for a two-character word as the pair, never its characters apart', () => {
    expect(exact('义诊')).toBe('义诊');
    expect(finds('义诊', '法律规定的赡养义务，门诊报销')).toBe(false);
    expect(finds('义诊', '社区义诊')).toBe(true);
  });

  it('finds a word inside a longer word', () => {
    expect(finds('分类', '垃圾分类督导员')).toBe(true);
    expect(finds('督导', '垃圾分类督导员')).toBe(true);
    expect(finds('舞', '参加广场舞')).toBe(true);
  });

  it('splits a phrase typed without spaces into its words, dropping question words', () => {
    expect(exact('义诊时间')).toBe('义诊 时间');
    expect(finds('义诊时间', '义诊的时间是上午九点')).toBe(true);
    expect(finds('垃圾分类督导', '每天有督导员在垃圾分类点值守')).toBe(true);
    expect(exact('怎么报名献血')).toBe('报名 献血');
    expect(exact('社区的义诊')).toBe('社区 义诊');
  });

  it('narrows with several words', () => {
    expect(exact('义诊 老人')).toBe('义诊 老人');
    expect(finds('义诊 老人', '社区义诊')).toBe(false);
  });

  it('passes Latin words and pinyin through, and joins pinyin typed with spaces', () => {
    expect(exact('yizhen')).toBe('yizhen');
    expect(queryVariants('yi zhen', { segment }).map((v) => v.terms)).toContain('yizhen');
    expect(exact('WiFi密码')).toBe('wifi 密码');
  });

  it('without a word segmenter (old WebViews) still finds unspaced phrases, relaxed', () => {
    const variants = queryVariants('义诊时间', {});
    expect(shown(variants[0]!.terms)).toBe('义诊 诊时 时间');
    const relaxed = variants.find((v) => v.kind === 'relaxed')!;
    expect(shown(relaxed.terms)).toBe('义诊 时间');
  });

  it('leaves out single characters only in the relaxed variant', () => {
    const variants = queryVariants('打疫苗', { segment }); // no synonym list here
    expect(shown(variants[0]!.terms)).toBe('打 疫苗');
    expect(shown(variants.find((v) => v.kind === 'relaxed')!.terms)).toBe('疫苗');
  });

  it('lets pairs of a word the segmenter did not know be dropped, and only those', () => {
    const [guessed] = queryVariants('重阳义诊', { segment });
    expect(guessed!.droppable?.map(decodeWord)).toEqual(['重阳', '阳义', '义诊']);
    expect(queryVariants('量子计算机', { segment })[0]!.droppable).toBeUndefined();
    expect(queryVariants('义诊时间', { segment })[0]!.droppable).toBeUndefined();
  });

  it('drops question words only where they stand as words, not inside others', () => {
    expect(exact('高血压怎么办')).toBe('高血 血压');
    expect(exact('怎么办理居住证')).toMatch(/^办理/);
    expect(exact('有没有义诊')).toBe('义诊');
    expect(exact('义诊什么时候')).toBe('义诊');
    expect(exact('在哪献血')).toBe('献血');
  });

  it('also searches a query as typed when traditional → simplified changes it (乾隆 is simplified too)', () => {
    const variants = queryVariants('乾隆', { segment, toSimplified });
    expect(variants.map((v) => [v.kind, v.text])).toEqual([
      ['exact', '干隆'],
      ['exact', '乾隆'],
    ]);
  });

  it('cuts a pasted paragraph to the first 32 characters', () => {
    const variants = queryVariants('社区义诊'.repeat(40), { segment });
    expect([...variants[0]!.text].length).toBeLessThanOrEqual(32);
  });

  it('searches nothing for nothing', () => {
    expect(queryVariants('  ？！ ', { segment })).toEqual([]);
    expect(queryVariants('怎么', { segment })).toEqual([]);
  });
});

describe('synonyms', () => {
  const groups = [
    ['就医', '看病', '看医生'],
    ['接种', '打疫苗', '打针'],
    ['广场舞', '跳舞'],
  ];

  it('swaps an everyday word for the others in its group', () => {
    expect(synonymTexts('社区医院看病', groups)).toEqual(['社区医院就医', '社区医院看医生']);
    expect(synonymTexts('打疫苗', groups)).toEqual(['接种', '打针']);
    expect(synonymTexts('义诊', groups)).toEqual([]);
  });

  it('puts the exact query first, then the synonyms', () => {
    const variants = queryVariants('跳舞', { segment, synonyms: groups });
    expect(variants.map((v) => [v.kind, shown(v.terms)])).toEqual([
      ['exact', '跳舞'],
      ['synonym', '广场 场舞'],
    ]);
  });
});

describe('ranking', () => {
  it('keeps every exact result above every expanded one, and each search’s results together', () => {
    const merged = mergeVariants([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [
        { id: 'c', score: 99 },
        { id: 'a', score: 50 },
      ],
      [{ id: 'd', score: 100 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(merged.map((r) => r.group)).toEqual([0, 0, 1, 2]);
  });

  it('puts a page named for the query and an activity still to come first, within each group', () => {
    const r = (id: string, score: number, group: number, upcoming: boolean, named: number, asTyped = false) => ({
      id,
      score,
      group,
      upcoming,
      named,
      asTyped,
    });
    const list = [
      r('mentions-often', 9, 0, false, 0),
      r('story-named', 9.14, 0, false, 1),
      r('past-drive', 3.6, 0, false, 1),
      r('next-drive', 3.4, 0, true, 1),
      r('event-mentions', 7.87, 0, true, 0),
      r('synonym', 50, 1, true, 1),
      r('as-typed', 4, 0, false, 0.5, true),
    ];
    expect(rerank(list).map((x) => x.id)).toEqual([
      'story-named',
      'as-typed',
      'event-mentions',
      'next-drive',
      'mentions-often',
      'past-drive',
      'synonym',
    ]);
  });

  it('measures how much of the query a title holds, by prefix as Pagefind matches', () => {
    const title = indexText('冬季义诊进社区').split(' ');
    expect(share(queryVariants('义诊', { segment })[0]!.terms.split(' '), title)).toBe(1);
    expect(share(queryVariants('义诊 老人', { segment })[0]!.terms.split(' '), title)).toBe(0.5);
  });
});

describe('synonym words stay whole', () => {
  const groups = [
    ['重阳节', '老人节'],
    ['接种', '打疫苗'],
  ];
  it('asks for every pair of a listed word, not its characters apart', () => {
    const variants = queryVariants('老人节', { segment, synonyms: groups });
    expect(variants.map((v) => [v.kind, shown(v.terms)])).toEqual([
      ['exact', '老人 人节'],
      ['synonym', '重阳 阳节'],
    ]);
    expect(shown(queryVariants('打疫苗', { segment, synonyms: groups })[0]!.terms)).toBe('打疫 疫苗');
  });

  it('searches a run of three or more characters as a phrase too', () => {
    expect(shown(queryVariants('法律门诊', { segment })[0]!.phrase!)).toBe('法律 律门 门诊');
    expect(queryVariants('义诊', { segment })[0]!.phrase).toBeUndefined();
    expect(queryVariants('义诊 老人', { segment })[0]!.phrase).toBeUndefined();
  });
});
