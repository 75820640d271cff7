import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrPngNear } from '../../src/lib/qr';
import {
  drawn,
  shareCard,
  sharePoster,
  siteCard,
  titleSize,
  type Node,
  type ShareEntry,
} from '../../src/lib/share-card';
import { isPhoto, shareImageName } from '../../src/lib/share';

const site = {
  name: '幸福里志愿服务站',
  community: '幸福里社区',
  description: '活动公告',
  scan: '长按识别二维码',
  scanHint: '查看详情',
  scanHintNoSignup: '查看',
};
const entry: ShareEntry = {
  page: '/events/yizhen/',
  url: 'https://x.example.cn/events/yizhen/',
  eyebrow: '活动 · 健康卫生',
  title: '冬季义诊',
  when: '12月6日 周六 09:00',
  facts: [
    { label: '时间', text: '2026年12月6日（周六）09:00–11:30' },
    { label: '地点', text: '社区服务中心' },
  ],
  poster: true,
  invites: true,
};

/** Every string and every image in a satori tree, in order. */
function walk(node: Node | string, out: { text: string[]; img: string[] } = { text: [], img: [] }) {
  if (typeof node === 'string') out.text.push(node);
  else {
    if (node.type === 'img') out.img.push(node.props.src!);
    for (const child of [node.props.children ?? []].flat()) walk(child, out);
  }
  return out;
}

describe('share pictures', () => {
  it('sizes a title by its length, so a long one still fits', () => {
    expect(titleSize('冬季义诊', [60, 50, 42])).toBe(60);
    expect(titleSize('冬季关爱独居老人上门走访活动安排', [60, 50, 42])).toBe(50);
    expect(titleSize('冬'.repeat(40), [60, 50, 42])).toBe(42);
  });

  it('puts the title, the date and the site on a card, and no picture', () => {
    const { text, img } = walk(shareCard(entry, site));
    expect(text).toEqual(['活动 · 健康卫生', '12月6日 周六 09:00', '冬季义诊', '幸福里志愿服务站', '幸福里社区']);
    expect(img).toEqual([]);
    expect(walk(siteCard(site)).text).toContain('活动公告');
  });

  it('gives a poster its facts and exactly one QR code', () => {
    const { text, img } = walk(sharePoster(entry, site, { src: 'data:image/png;base64,AA', size: 287 }));
    expect(text).toEqual(expect.arrayContaining(['冬季义诊', '时间', '社区服务中心', '长按识别二维码']));
    expect(img).toHaveLength(1);
  });

  it("puts a cancelled activity's state first and large, with its reason, and asks nobody to sign up", () => {
    const cancelled: ShareEntry = {
      ...entry,
      state: { label: '已取消', note: '因降雨取消' },
      invites: false,
    };
    const card = walk(shareCard(cancelled, site)).text;
    expect(card.slice(0, 2)).toEqual(['已取消', '因降雨取消']);
    const poster = walk(sharePoster(cancelled, site, { src: 'data:image/png;base64,AA', size: 287 })).text;
    expect(poster.indexOf('已取消')).toBeLessThan(poster.indexOf('冬季义诊'));
    expect(poster).toContain('查看');
    expect(poster).not.toContain('查看详情');
    // What is drawn is part of the picture's cache key: a new state draws a new picture.
    expect(JSON.stringify(drawn.poster(cancelled, site))).not.toBe(JSON.stringify(drawn.poster(entry, site)));
    expect(JSON.stringify(drawn.card(cancelled, site))).not.toBe(JSON.stringify(drawn.card(entry, site)));
  });

  it('makes a QR PNG near the size asked, at whole pixels a module, that decodes', async () => {
    const { png, size } = await qrPngNear(entry.url, 300);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(size);
    expect(size).toBeLessThanOrEqual(300);
    expect(size).toBeGreaterThan(240);
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(entry.url);
  });

  it('uses a photo cover as the share picture, never a drawing', () => {
    expect(isPhoto('/uploads/合影.JPG')).toBe(true);
    expect(shareImageName('/uploads/a.webp')).toBe('share.jpg');
    expect(shareImageName('/uploads/cover.svg')).toBe('share.png');
    expect(shareImageName(undefined)).toBe('share.png');
  });
});
