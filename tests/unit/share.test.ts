import { describe, expect, it } from 'vitest';
import { jielongText } from '../../src/lib/share';

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
