import { describe, expect, it } from 'vitest';
import { heard, say, type BuildLine } from '../../src/i18n/build-log';

describe('the build log’s lines (src/i18n/build-log.ts)', () => {
  it('reads back the numbers each line was written with, from the last such line of a log', () => {
    const lines: [BuildLine, Record<string, number>][] = [
      ['sharePictures', { total: 5466, made: 0, seconds: 0.4 }],
      ['photos', { photos: 250, files: 2000, made: 12, seconds: 28.6 }],
      ['qrCodes', { total: 3000, made: 1, seconds: 0.1 }],
      ['searchIndex', { pages: 3006, seconds: 9.2, waited: 0 }],
      ['searchIndexKept', { pages: 3006, seconds: 0.1 }],
      ['staleFiles', { removed: 7 }],
      ['adminKept', { seconds: 0 }],
    ];
    for (const [name, values] of lines) {
      const log = `[build] 开始\n${say(name, { ...values, seconds: 99 })}\n${say(name, values)}\n[build] 完成`;
      expect(heard(name, log), name).toEqual(values);
    }
    expect(heard('photos', say('sharePictures', { total: 1, made: 1, seconds: 1 }))).toBeUndefined();
  });
});
