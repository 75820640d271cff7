/** The index's words (src/lib/search/tokens.ts) and the excerpts rebuilt from them. */
import { describe, expect, it } from 'vitest';
import { decodeWord, encodeHan, indexText, readable, runWords, SECTION_BREAK } from '../../src/lib/search/tokens';
import { sectionsOf, showResult } from '../../src/lib/search/excerpt';

const words = (text: string) => indexText(text).split(' ');

describe('index words', () => {
  it('writes a run of Chinese as its pairs and its last character, in Latin letters', () => {
    expect(runWords('垃圾分类').map(decodeWord)).toEqual(['垃圾', '圾分', '分类', '类']);
    expect(runWords('水').map(decodeWord)).toEqual(['水']);
    expect(encodeHan('义诊')).toBe('ʋ4e498bca');
    for (const w of runWords('义诊')) expect(w).toMatch(/^ʋ[0-9a-f]+x?$/);
  });

  it('never holds a character of a pair as a word of its own, except a run’s last', () => {
    const w = words('社区义诊');
    expect(w).toContain(encodeHan('义诊'));
    expect(w).not.toContain(encodeHan('义'));
    expect(w).toContain(`${encodeHan('诊')}x`);
    // A one-character query still finds it by prefix; a pair is never its extension.
    expect(w.some((x) => x.startsWith(encodeHan('诊')))).toBe(true);
    expect(w.some((x) => encodeHan('诊断').startsWith(x))).toBe(false);
  });

  it('keeps letters and digits as words, full-width ones as ordinary ones', () => {
    expect(words('拨打１１０或ＷｉＦｉ')).toEqual(expect.arrayContaining(['110', 'WiFi']));
    expect(words('5G手机')).toEqual(['5G', encodeHan('手机'), `${encodeHan('机')}x`]);
  });

  it('keeps punctuation as words, so the text can be rebuilt exactly', () => {
    for (const text of [
      '社区义诊，12月5日上午9:00开始。',
      '拨打110报警；WiFi 密码：在路由器背面',
      '好好学习，天天向上！',
      '“防诈”讲座（第3期）',
    ])
      expect(readable(indexText(text))).toBe(text.replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, ''));
  });

  it('marks a run that only a space separated from the last one', () => {
    expect(readable(indexText('社区 义诊'))).toBe('社区 义诊');
  });

  it('keeps a page’s own _ and § as text, never as markers', () => {
    expect(readable(indexText('见第§3条，文件名 file_name'))).toBe('见第§3条，文件名file_name');
    expect(indexText('§ _').split(' ')).not.toContain(SECTION_BREAK);
  });

  it('keeps characters outside the Basic Multilingual Plane whole, and the text around them readable', () => {
    expect(readable(indexText('中国𠮶字好'))).toBe('中国𠮶字好');
    expect(indexText('中国𠮶字好').split(' ')).toContain(encodeHan('字好'));
  });

  it('never writes a page’s own Latin words like the coded Chinese', () => {
    expect(readable(indexText('手册v2024版'))).toBe('手册v2024版');
    expect(encodeHan('义')).not.toMatch(/^v/);
  });
});

describe('excerpts', () => {
  const content = [
    indexText('冬季义诊'),
    SECTION_BREAK,
    indexText('义诊，量血压'),
    SECTION_BREAK,
    indexText('本周六上午，社区卫生服务中心的医生来到小区，为老人义诊。量血压、测血糖，都免费。'),
    SECTION_BREAK,
    'yizhen yz',
  ].join(' ');
  const w = content.split(' ');
  const at = (word: string, from = 0) => w.indexOf(encodeHan(word), from);

  it('finds the sections of an indexed entry', () => {
    const s = sectionsOf(w);
    expect(readable(w.slice(...s.title).join(' '))).toBe('冬季义诊');
    expect(readable(w.slice(...s.body).join(' '))).toMatch(/^本周六上午/);
  });

  it('marks whole pairs in the title and the body, and reads like the text', () => {
    const body = sectionsOf(w).body[0];
    const shown = showResult(content, [at('义诊'), at('义诊', body)]);
    expect(shown.title).toEqual([
      { text: '冬季', mark: false },
      { text: '义诊', mark: true },
    ]);
    const text = shown.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    expect(text).toBe('本周六上午，社区卫生服务中心的医生来到小区，为老人[义诊]。量血压、测血糖，都免费。');
  });

  it('cuts a long body around the matches, with some text before them', () => {
    const long = `${'这是一段很长的开头。'.repeat(20)}今天义诊。${'后面还有很多话。'.repeat(20)}`;
    const c = [SECTION_BREAK, SECTION_BREAK, indexText(long), SECTION_BREAK].join(' ');
    const cw = c.split(' ');
    const shown = showResult(c, [cw.indexOf(encodeHan('义诊'))], 40);
    expect(shown.cutStart && shown.cutEnd).toBe(true);
    const text = shown.excerpt.map((p) => p.text).join('');
    expect(text).toContain('义诊');
    expect(text.indexOf('义诊')).toBeGreaterThanOrEqual(5);
    expect([...text].length).toBeLessThanOrEqual(40);
  });

  it('shows the body’s start when only the pinyin or title matched', () => {
    const shown = showResult(content, [w.indexOf('yizhen')]);
    expect(shown.cutStart).toBe(false);
    expect(shown.excerpt.every((p) => !p.mark)).toBe(true);
  });
});
