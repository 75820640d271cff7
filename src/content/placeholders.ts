/**
 * Settings still holding the sample's placeholders (an example.cn address, a made-up 备案号, the
 * sample WeChat QR). Not mistakes that stop the build (a new site is built before it is set up),
 * but said in Chinese at every build until the maintainer replaces them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from './model';
import { decodedPath } from '../lib/urls';

/** The sample QR image shipped with Linli (it points at the sample site's join page). */
const SAMPLE_QR_SHA256 = '43d9cd6db9a41a512718237ca5bb89b4373269a454713120fd7b2a0d11307260';

const PLACEHOLDER_HOST = /(?:^|\.)(?:example\.(?:cn|com|org|net)|example|invalid|test|localhost)$/;

/**
 * Pictures in the uploads folder that no entry, team or setting shows (an upload the editor then
 * replaced, say): listed so they can be cleaned up, never deleted on anyone's behalf.
 */
export function unusedUploads(publicDir: string, used: Iterable<string>): string[] {
  const dir = path.join(publicDir, 'uploads');
  if (!existsSync(dir)) return [];
  const shown = new Set([...used].map((src) => decodedPath(src)));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => `/${path.relative(publicDir, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`)
    .filter((src) => !shown.has(src))
    .sort();
}

/** A WeChat group's QR code stops working this long after it was made. */
export const WECHAT_QR_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function placeholderWarnings(site: SiteData, file: string, publicDir: string, now = new Date()): string[] {
  const out: string[] = [];
  const host = new URL(site.url).hostname;
  if (PLACEHOLDER_HOST.test(host)) {
    out.push(`${file} 的网站地址（url）还是示例地址 ${site.url}：分享链接和二维码会指向它。请改成网站的正式地址。`);
  }
  if (site.icp && /0{6,}|示例|样例|x{4,}/i.test(site.icp)) {
    out.push(`${file} 的备案号（icp）「${site.icp}」像是示例：请改成网站真实的 ICP 备案号，或删掉这一行。`);
  }
  if (site.wechatQr) {
    const image = path.join(publicDir, decodedPath(site.wechatQr));
    if (existsSync(image) && createHash('sha256').update(readFileSync(image)).digest('hex') === SAMPLE_QR_SHA256) {
      out.push(`${file} 的居民微信群二维码（wechatQr）还是示例图片：请换成社区微信群的真实二维码。`);
    } else if (site.wechatQrDate && now.getTime() - site.wechatQrDate.getTime() > WECHAT_QR_DAYS * DAY_MS) {
      const days = Math.floor((now.getTime() - site.wechatQrDate.getTime()) / DAY_MS);
      out.push(
        `${file} 的居民微信群二维码是 ${days} 天前生成的，微信群二维码 ${WECHAT_QR_DAYS} 天后就失效了：` +
          '请在微信群里重新生成二维码、替换图片，并改写“二维码生成日期”（wechatQrDate）。' +
          '更长久的办法：用群主的个人二维码，或企业微信群的二维码（见 README）。',
      );
    }
  }
  return out;
}
