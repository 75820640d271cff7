/**
 * Sharing into WeChat groups (SPEC §7). 复制接龙: the text a group admin pastes to start a sign-up
 * chain — WeChat turns a message starting with `#接龙` into one, and residents add their names
 * after `1. `.
 */
/** A 微博 post's length, the link included: 复制链接's text must fit one. */
export const WEIBO_LIMIT = 140;

/**
 * 复制链接's text: 【title】site and the page's address. Pasted into a WeChat group, QQ or a 微博
 * post, the address stays a link and the words say what it is; a long title is cut (…) so the
 * whole fits a 微博 post.
 */
export function linkText(title: string, site: string, url: string): string {
  const chars = (s: string) => [...s];
  const room = WEIBO_LIMIT - chars(url).length - 1;
  let head = `【${title}】${site}`;
  if (chars(head).length > room) head = `【${title}】`;
  if (chars(head).length > room)
    head = `【${chars(title)
      .slice(0, Math.max(0, room - 3))
      .join('')}…】`;
  return `${head} ${url}`;
}

export interface JielongFacts {
  title: string;
  /** 2027年3月5日（周五）09:00–11:30 */
  time: string;
  location: string;
  /** How to sign up, or whom to call. */
  signup?: string | undefined;
  contact?: string | undefined;
  /** 在「志愿汇」报名，记录志愿时长 and the platform's address, when it is on one. */
  platform?: string | undefined;
  /** The activity's page. */
  url: string;
}

export function jielongText(f: JielongFacts): string {
  return [
    '#接龙',
    f.title,
    `时间：${f.time}`,
    `地点：${f.location}`,
    f.signup && `报名：${f.signup}`,
    f.contact && `咨询：${f.contact}`,
    f.platform && `平台：${f.platform}`,
    `详情：${f.url}`,
    '',
    '1. ',
  ]
    .filter((line): line is string => typeof line === 'string')
    .join('\n');
}

/** A cover that is a photo becomes the share picture; a drawing (SVG) cannot be one. */
export function isPhoto(cover: string | undefined): cover is string {
  return Boolean(cover && /\.(jpe?g|png|webp|avif)$/i.test(cover));
}

/** The file name of an entry's share picture beside its page (src/integrations/share-pictures.ts). */
export function shareImageName(cover: string | undefined): 'share.jpg' | 'share.png' {
  return isPhoto(cover) ? 'share.jpg' : 'share.png';
}

/** The photo a page's share picture is made from: its cover, else its first recap photo. */
export function sharePhotoOf(cover: string | undefined, photos: { image: string }[] = []): string | undefined {
  return [cover, ...photos.map((p) => p.image)].find(isPhoto);
}
