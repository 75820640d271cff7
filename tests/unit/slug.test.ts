import { describe, expect, it } from 'vitest';
import { slugProblem, suggestSlug } from '../../src/lib/slug';

describe('slugs', () => {
  it.each(['xueleifeng-2027', 'a', 'yi-zhen-3'])('accepts %s', (s) => expect(slugProblem(s)).toBeNull());
  it.each(['学雷锋', 'Xue-Lei-Feng', 'xue_lei', '-xue', 'xue--lei', 'xue lei', ''])('rejects %j', (s) =>
    expect(slugProblem(s)).toBe('only-ascii'),
  );
  it('rejects all-digit slugs, which would shadow list pages like /events/2/', () =>
    expect(slugProblem('2')).toBe('only-digits'));
  it('suggests pinyin for Chinese', () => {
    expect(suggestSlug('学雷锋志愿服务')).toBe('xue-lei-feng-zhi-yuan-fu-wu');
    expect(suggestSlug('2027 重阳节敬老')).toBe('2027-chong-yang-jie-jing-lao');
    expect(suggestSlug('绿色出行')).toMatch(/^lv-se-chu-xing$/);
    expect(suggestSlug('２０２７')).toMatch(/^entry-/);
  });
});

describe('withYear', () => {
  it('adds the start year once', async () => {
    const { withYear } = await import('../../src/lib/slug');
    expect(withYear('chong-yang-jie', '2027-10-08 09:00')).toBe('chong-yang-jie-2027');
    expect(withYear('2027-xue-lei-feng', '2027-03-05 09:00')).toBe('2027-xue-lei-feng');
    expect(withYear('xue-lei-feng', undefined)).toBe('xue-lei-feng');
  });
});
