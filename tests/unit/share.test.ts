import { describe, expect, it } from 'vitest';
import { jielongText, linkText, WEIBO_LIMIT } from '../../src/lib/share';

describe('jielongText', () => {
  it('starts a WeChat sign-up chain: #接龙, the facts, the link, then "1. "', () => {
    const text = jielongText({
      title: '社区义诊',
      time: '2027年3月5日（周五）09:00–11:30',
      location: '社区服务中心',
      signup: '电话报名',
      contact: '王老师 0512-1234 5678',
      url: 'https://linli.example.cn/events/yizhen/',
    });
    expect(text.split('\n')).toEqual([
      '#接龙',
      '社区义诊',
      '时间：2027年3月5日（周五）09:00–11:30',
      '地点：社区服务中心',
      '报名：电话报名',
      '咨询：王老师 0512-1234 5678',
      '详情：https://linli.example.cn/events/yizhen/',
      '',
      '1. ',
    ]);
  });
  it('leaves out what the activity does not say', () => {
    const text = jielongText({ title: 'A', time: 'T', location: 'L', url: 'https://x.cn/' });
    expect(text).toBe('#接龙\nA\n时间：T\n地点：L\n详情：https://x.cn/\n\n1. ');
  });
});

describe('复制链接’s text', () => {
  const url = 'https://linli.example.cn/events/xueleifeng-zhiyuan-fuwu-ri-2027/';
  it('is the title, the site and the link', () => {
    expect(linkText('学雷锋志愿服务日', '桂花苑志愿服务站', url)).toBe(`【学雷锋志愿服务日】桂花苑志愿服务站 ${url}`);
  });
  it('fits a 微博 post with the link, however long the title and the address', () => {
    const long = '冬季关爱独居老人上门走访与家庭安全隐患排查志愿服务活动'.repeat(3);
    const longUrl = `https://linli.example.cn/events/${'a'.repeat(90)}/`;
    for (const [title, link] of [
      [long, url],
      [long, longUrl],
      ['义诊', longUrl],
    ] as const) {
      const text = linkText(title, '桂花苑社区新时代文明实践志愿服务站', link);
      expect([...text].length, text).toBeLessThanOrEqual(WEIBO_LIMIT);
      expect(text.endsWith(` ${link}`)).toBe(true);
      expect(text.startsWith(`【${title.slice(0, 2)}`)).toBe(true);
    }
  });
});
