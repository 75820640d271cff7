/**
 * A volunteer platform an activity is also registered on (志愿汇, i志愿, 全国志愿服务信息系统):
 * volunteers who sign up there get their hours recorded. Every output of the activity (its page,
 * 分享海报, A4 poster, lobby screen, 复制接龙, the 公众号 copy) says it the same way, from here.
 */
import { ui } from '../i18n/zh-CN';
import { urls } from './urls';

export interface Platform {
  name: string;
  url?: string | undefined;
  qr?: string | undefined;
}

/** 在「志愿汇」报名，记录志愿时长 */
export const platformLine = (p: Platform): string => ui.facts.platformCall(p.name);

/**
 * The QR code residents scan to sign up there: the editor's picture of it, else the one the build
 * makes of the platform's address beside the activity's page (src/integrations/qr-codes.ts).
 */
export function platformQr(slug: string, p: Platform): string | undefined {
  return p.qr ?? (p.url ? `${urls.event(slug)}${PLATFORM_QR}` : undefined);
}

/** The file name of the QR code the build makes of a platform's address. */
export const PLATFORM_QR = 'platform-qr.png';
