import { describe, expect, it } from 'vitest';
import { joinTags, splitTags } from '../../src/lib/tags';

describe('splitTags', () => {
  it.each([
    ['义诊，健康'],
    ['义诊、健康'],
    ['义诊, 健康'],
    ['义诊,健康'],
    ['义诊 健康'],
    ['义诊；健康'],
    ['  义诊 ，， 健康、 '],
    ['义诊\u3000健康'],
  ])('%j gives the two tags', (typed) => {
    expect(splitTags(typed)).toEqual(['义诊', '健康']);
  });

  it('drops repeats and empty input', () => {
    expect(splitTags('义诊、义诊、健康')).toEqual(['义诊', '健康']);
    expect(splitTags('')).toEqual([]);
    expect(splitTags(' ， ')).toEqual([]);
  });

  it('shows a list the way it splits back', () => {
    expect(splitTags(joinTags(['学雷锋', '义诊']))).toEqual(['学雷锋', '义诊']);
  });
});

describe("an activity's state in the CMS list", () => {
  const now = new Date('2027-03-04T02:00:00Z'); // 10:00 on 4 March, Beijing
  it('is worked out from the values as the CMS holds them', async () => {
    const { stateOf } = await import('../../src/admin/entry-state');
    expect(stateOf({ start: '2027-03-05 09:00' }, now)).toBe('报名中');
    expect(stateOf({ start: '2027-03-05 09:00', deadline: '2027-03-04 09:00' }, now)).toBe('报名已截止');
    expect(stateOf({ start: '2027-03-04 09:00', end: '2027-03-04 11:30' }, now)).toBe('进行中');
    expect(stateOf({ start: '2027-03-01 09:00' }, now)).toBe('已结束');
    expect(stateOf({ start: '2027-03-09 09:00', status: 'cancelled' }, now)).toBe('已取消');
    expect(stateOf({ start: '2027-03-09 09:00', status: 'postponed' }, now)).toBe('已延期');
    expect(stateOf({ title: '还没有开始时间' }, now)).toBeUndefined();
  });
});
