import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderWarnings } from '../../src/content/placeholders';
import { parseCstDate, parseCstDateTime } from '../../src/lib/time';
import { projectRoot } from '../helpers/fixtures';

const publicDir = path.join(projectRoot, '.tmp/placeholders-public');
mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
writeFileSync(path.join(publicDir, 'uploads/group.png'), 'not the sample picture');

const site = {
  name: '站',
  community: '社区',
  description: '说明',
  url: 'https://linli.guihuayuan.cn',
  address: '地址',
  phone: '0512-6688 1234',
  wechatQr: '/uploads/group.png',
};

describe('the WeChat group QR code', () => {
  it('is fine for 7 days after it was made, then the build says to replace it and what lasts longer', () => {
    const made = parseCstDate('2026-11-20')!;
    const at = (s: string) => parseCstDateTime(s)!;
    expect(
      placeholderWarnings({ ...site, wechatQrDate: made }, 'content/site.yml', publicDir, at('2026-11-27 00:00')),
    ).toEqual([]);
    const [warning] = placeholderWarnings(
      { ...site, wechatQrDate: made },
      'content/site.yml',
      publicDir,
      at('2026-11-29 12:00'),
    );
    expect(warning).toContain('content/site.yml 的居民微信群二维码是 9 天前生成的');
    expect(warning).toContain('7 天后就失效');
    expect(warning).toContain('wechatQrDate');
    expect(warning).toContain('企业微信群');
  });
  it('says nothing when no date is given', () => {
    expect(placeholderWarnings(site, 'content/site.yml', publicDir, new Date('2030-01-01'))).toEqual([]);
  });
});
