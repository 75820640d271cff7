/**
 * 复制到公众号: an entry as one block of HTML that keeps its look when pasted into the
 * mp.weixin.qq.com editor (or 秀米, 135编辑器). That editor drops style sheets, classes, outbound
 * links and WebP, and refuses long articles, so the copy has:
 *   - every style inline (juice), no <style>, class or id, and nothing positioned, flex or grid;
 *   - an activity's facts as a block (时间, 地点, 报名, 电话), the body, the recap and its photos;
 *   - pictures as absolute https addresses of JPEG or PNG at most 1080 px wide;
 *   - links written out as numbered notes at the end, then the page's QR code and 阅读原文;
 *   - under 20,000 characters: a long entry is cut at a paragraph, with a note to read the rest.
 */
import juice from 'juice';
import { ui } from '../i18n/zh-CN';

/** The 公众号 editor refuses an article body longer than this (characters of HTML). */
export const WECHAT_LIMIT = 20_000;
/** The widest picture the 公众号 editor takes as it is. */
export const WECHAT_IMAGE_WIDTH = 1080;

export interface WechatSource {
  /** The entry's page and its QR code (absolute addresses). */
  url: string;
  qr: string;
  /** An activity's facts, in order; none for a story or an article. */
  facts: { label: string; text: string }[];
  /** The body and, for an activity that is over, the recap: Markdown. */
  body: string;
  recap?: string | undefined;
  /** Photos with their captions, as absolute JPEG/PNG addresses. */
  photos: { src: string; alt: string; caption?: string | undefined }[];
  /** A volunteer platform's QR code (absolute), under the facts. */
  platformQr?: { src: string; alt: string } | undefined;
}

export interface WechatTools {
  /** The site's Markdown renderer (src/lib/markdown.ts). */
  render: (markdown: string) => string;
  /** A body picture's site path as an absolute JPEG/PNG address, or undefined when it has none. */
  picture: (src: string) => string | undefined;
  /** The site's address, for links written relative to it. */
  origin: string;
}

const CSS = `
section.article { font-size: 16px; line-height: 1.75; color: #1f1a17; letter-spacing: 0.5px; }
.facts { margin: 0 0 20px; padding: 12px 16px; background-color: #fdf3f1; border-left: 4px solid #b42318; }
.facts p { margin: 4px 0; }
.label { color: #8c1a12; font-weight: bold; }
h1, h2 { font-size: 18px; line-height: 1.5; margin: 24px 0 8px; color: #8c1a12; }
h3, h4 { font-size: 17px; line-height: 1.5; margin: 20px 0 8px; }
p { margin: 0 0 12px; }
ul, ol { margin: 0 0 12px; padding-left: 24px; }
li { margin: 4px 0; }
blockquote { margin: 0 0 12px; padding: 8px 12px; border-left: 4px solid #e3d6c6; color: #574e47; }
table { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
th, td { border: 1px solid #e3d6c6; padding: 6px 8px; text-align: left; }
img.picture { display: block; max-width: 100%; height: auto; margin: 12px auto 4px; }
.caption { font-size: 14px; color: #574e47; text-align: center; margin: 0 0 16px; }
.note-mark { font-size: 12px; color: #8c1a12; }
.notes { font-size: 13px; color: #574e47; word-break: break-all; margin: 0 0 4px; }
.more { font-size: 15px; color: #8c1a12; font-weight: bold; }
.qr { text-align: center; margin: 24px 0 4px; }
img.qr-code { display: inline-block; width: 160px; height: 160px; }
.source { font-size: 14px; color: #574e47; text-align: center; word-break: break-all; }
`;

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Rendered HTML made ready for the 公众号 editor: links become text with a note mark (their
 * addresses are collected in `notes`), pictures get absolute JPEG/PNG addresses or give way to
 * their description.
 */
function prepare(html: string, tools: WechatTools, notes: string[]): string {
  return html
    .replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_, href: string, text: string) => {
      const address = href.replaceAll('&amp;', '&');
      if (!/^(https?:|\/)/.test(address)) return text; // tel:, mailto: the words say it
      const absolute = new URL(address, tools.origin).href;
      let n = notes.indexOf(absolute) + 1;
      if (n === 0) n = notes.push(absolute);
      return `${text}<sup class="note-mark">[${n}]</sup>`;
    })
    .replace(/<img src="([^"]*)" alt="([^"]*)"[^>]*>/g, (_, src: string, alt: string) => {
      const picture = src.startsWith('/') ? tools.picture(src.replaceAll('&amp;', '&')) : undefined;
      return picture
        ? `<img class="picture" src="${escape(picture)}" alt="${alt}">`
        : alt && `<span class="caption">${ui.wechat.pictureOnSite(alt)}</span>`;
    });
}

/** The article for `source`, keeping the first `blocks` paragraphs of its body (all when undefined). */
function compose(source: WechatSource, tools: WechatTools, blocks?: number): string {
  const t = ui.wechat;
  const notes: string[] = [];
  const paragraphs = source.body.split(/\n{2,}/);
  const cut = blocks !== undefined && blocks < paragraphs.length;
  const body = cut ? paragraphs.slice(0, blocks).join('\n\n') : source.body;
  const parts = [
    source.facts.length > 0 &&
      `<section class="facts">${source.facts
        .map((f) => `<p><span class="label">${escape(f.label)}：</span>${escape(f.text)}</p>`)
        .join('')}${
        source.platformQr
          ? `<p><img class="qr-code" src="${escape(source.platformQr.src)}" alt="${escape(source.platformQr.alt)}"></p>`
          : ''
      }</section>`,
    prepare(tools.render(body), tools, notes),
    cut && `<p class="more">${t.cut}</p>`,
    !cut && source.recap && `<h2>${t.recap}</h2>${prepare(tools.render(source.recap), tools, notes)}`,
    ...(cut ? [] : source.photos).map(
      (p) =>
        `<img class="picture" src="${escape(p.src)}" alt="${escape(p.alt)}">` +
        (p.caption ? `<p class="caption">${escape(p.caption)}</p>` : ''),
    ),
    notes.length > 0 &&
      `<p class="notes">${t.notes}</p>` + notes.map((n, i) => `<p class="notes">[${i + 1}] ${escape(n)}</p>`).join(''),
    `<p class="qr"><img class="qr-code" src="${escape(source.qr)}" alt="${escape(t.qrAlt)}"></p>`,
    `<p class="source">${escape(t.readOriginal(source.url))}</p>`,
  ];
  const html = `<section class="article">${parts.filter(Boolean).join('')}</section>`;
  // Styles inline, then the class names they came from taken off: the editor would drop them anyway.
  return juice(html, {
    extraCss: CSS,
    removeStyleTags: true,
    applyWidthAttributes: false,
    applyHeightAttributes: false,
  })
    .replace(/\s(?:class|id)="[^"]*"/g, '')
    .trim();
}

/** The whole article, cut at a paragraph when it would be longer than the 公众号 editor takes. */
export function wechatArticle(source: WechatSource, tools: WechatTools): { html: string; cut: boolean } {
  const whole = compose(source, tools);
  if (whole.length <= WECHAT_LIMIT) return { html: whole, cut: false };
  const paragraphs = source.body.split(/\n{2,}/).length;
  for (let keep = paragraphs - 1; keep >= 0; keep--) {
    const html = compose(source, tools, keep);
    if (html.length <= WECHAT_LIMIT) return { html, cut: true };
  }
  return { html: compose(source, tools, 0), cut: true };
}
