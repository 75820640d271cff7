import { describe, expect, it } from 'vitest';
import { CARD_TITLE_MAX, pageTitle } from '../../src/i18n/zh-CN-title';

describe('pageTitle (the WeChat card)', () => {
  it('adds the site name when the whole fits in 40 characters', () => {
    expect(pageTitle('3月5日（周五）社区义诊', '桂花苑志愿服务站')).toBe('3月5日（周五）社区义诊 · 桂花苑志愿服务站');
  });
  it('drops the site name first, then ends a long title in …, keeping its start', () => {
    const state = '【已结束】5月6日（周三）垃圾分类“桶边督导”志愿者招募（五月）';
    expect(pageTitle(state, '桂花苑志愿服务站')).toBe(state);
    const long = `【已取消】12月6日（周日）${'很长的活动名称'.repeat(8)}`;
    const t = pageTitle(long, '桂花苑志愿服务站');
    expect([...t]).toHaveLength(CARD_TITLE_MAX);
    expect(t.startsWith('【已取消】12月6日（周日）')).toBe(true);
    expect(t.endsWith('…')).toBe(true);
  });
});
