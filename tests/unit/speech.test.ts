import { describe, expect, it } from 'vitest';
import { labelled, speakable } from '../../src/lib/speech';

describe('朗读: what the speech engine is given', () => {
  it('reads dates and times as words a listener understands', () => {
    expect(speakable('2027年3月5日（周五）09:00–11:30')).toBe('2027年3月5日，星期五，9点到11点30分');
    expect(speakable('12月31日（周四）20:30 — 次日 00:30')).toBe('12月31日，星期四，20点30分 — 次日 0点30分');
    expect(speakable('14:05')).toBe('14点5分');
  });

  it('leaves phone numbers and plain words alone, and drops symbols for the eye', () => {
    expect(speakable('☎ 王老师 0512-6688 1234')).toBe('王老师 0512-6688 1234');
    expect(speakable('量前休息 5 分钟')).toBe('量前休息 5 分钟');
  });

  it('separates a label from its value', () => {
    expect(labelled('来源', '清河派出所')).toBe('来源：清河派出所');
    expect(labelled('时间：', ' 9点 ')).toBe('时间：9点');
    expect(labelled('', '只有内容')).toBe('只有内容');
  });
});
