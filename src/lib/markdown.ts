/**
 * The one Markdown renderer: the site's pages and the CMS preview both call `renderMarkdown`, so
 * what an editor previews is what residents read.
 *
 * Safety: raw HTML in Markdown is shown as text, never passed through (`html: false`), and a link
 * or image may only point at http(s), mailto, tel or a path on this site. So no `<script>`, no
 * `on*=` attribute and no `javascript:` URL can reach a page, whatever an editor pastes.
 */
import MarkdownIt from 'markdown-it';
import { ui } from '../i18n/zh-CN';
import type { Token } from 'markdown-it';

// http(s), mailto, tel, a path on this site (not `//other-host`), a fragment, or a relative path.
const SAFE_URL = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

md.validateLink = (url: string) => {
  // Strip what browsers ignore inside a scheme (controls, whitespace) before judging it.
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(cleaned) && !/^(?:javascript|vbscript|data|file):/i.test(cleaned);
};

/** An id for a heading: keeps Chinese, letters and digits so `#报名方式` reads well in a link. */
export function headingId(text: string): string {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '-')
    .replace(/[^\p{L}\p{N}\-_]/gu, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return id || 'section';
}

/** Ids the page around a body already uses (skip link, search, section headings). */
const PAGE_IDS = new Set(['main', 'search-input', 'search-results', 'related-heading', 'team-events', 'team-stories']);

md.core.ruler.push('heading_ids', (state) => {
  const used = new Map<string, number>([...PAGE_IDS].map((id) => [id, 1]));
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    // The page title is the one <h1>; a `# heading` in a body becomes a section heading.
    if ((open.type === 'heading_open' || open.type === 'heading_close') && open.tag === 'h1') open.tag = 'h2';
    if (open.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const base = headingId(inline?.children?.map((t) => t.content).join('') ?? '');
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    open.attrSet('id', n === 0 ? base : `${base}-${n + 1}`);
  }
});

// Wide tables scroll inside their own box instead of widening a 320 px page.
md.renderer.rules.table_open = () =>
  `<div class="table-scroll" role="region" aria-label="${ui.markdown.table}" tabindex="0"><table>\n`;
md.renderer.rules.table_close = () => '</table></div>\n';

/**
 * A bare address typed straight into Chinese text (`详见https://example.cn/a了解更多。`) ends where
 * the Chinese begins: linkify-it would run the link on through the sentence.
 */
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
md.core.ruler.after('linkify', 'linkify_stops_at_chinese', (state) => {
  for (const block of state.tokens) {
    const children = block.children;
    if (!children) continue;
    for (let i = 0; i + 2 < children.length; i++) {
      const [open, text, close] = [children[i]!, children[i + 1]!, children[i + 2]!];
      if (
        open.type !== 'link_open' ||
        open.markup !== 'linkify' ||
        text.type !== 'text' ||
        close.type !== 'link_close'
      ) {
        continue;
      }
      const cut = text.content.search(WIDE);
      if (cut <= 0) continue;
      const rest = new state.Token('text', '', 0);
      rest.content = text.content.slice(cut);
      text.content = text.content.slice(0, cut);
      open.attrSet('href', md.normalizeLink(text.content));
      children.splice(i + 3, 0, rest);
    }
  }
});

/**
 * Values that must not break across lines on a narrow phone: phone numbers (`0512-6688 1234`),
 * time ranges (`09:00–11:30`) and a number with its unit (`28 人`, `5 克`). Done when rendering,
 * so the text the content check and excerpts read stays as written.
 */
const UNBREAKABLE = new RegExp(
  [
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日', // a date
    '\\d{1,2}:\\d{2}\\s*[–—~～-]\\s*\\d{1,2}:\\d{2}', // a time range
    '\\+?\\d[\\d -]{5,}\\d', // a phone number or a date written with digits
    '(?<![\\d:：.])\\d+(?:\\.\\d+)?\\s?[\\u4e00-\\u9fff%]', // a number and its unit (not the minutes of a time)
  ].join('|'),
  'g',
);
md.renderer.rules.text = (tokens, idx) =>
  md.utils.escapeHtml(tokens[idx]!.content).replace(UNBREAKABLE, (v) => `<span class="nowrap">${v}</span>`);

const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('loading', 'lazy');
  tokens[idx]!.attrSet('decoding', 'async');
  return defaultImage(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

function collectText(tokens: Token[], out: string[]) {
  for (const t of tokens) {
    if (t.children) collectText(t.children, out);
    else if (t.type === 'text' || t.type === 'code_inline') out.push(t.content);
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push(' ');
    if (t.type === 'paragraph_close' || t.type === 'heading_close') out.push(' ');
  }
}

/** Paths of the images in parsed Markdown (`![说明](/uploads/a.jpg)`). */
function collectImages(tokens: Token[], out: string[]) {
  for (const t of tokens) {
    if (t.type === 'image') out.push(String(t.attrGet('src') ?? ''));
    if (t.children) collectImages(t.children, out);
  }
}

const plain = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();

/** A body read once: what the build needs of it, from one parse (3,000 bodies add up). */
export interface ReadMarkdown {
  html: string;
  /** The body as plain text: for descriptions, excerpts and the search index. */
  text: string;
  /** Paths of the images it shows, for the missing-image check. */
  images: string[];
}

export function readMarkdown(source: string): ReadMarkdown {
  const env = {};
  const tokens = md.parse(source, env);
  const images: string[] = [];
  collectImages(tokens, images);
  const text: string[] = [];
  collectText(tokens, text);
  return { html: md.renderer.render(tokens, md.options, env), text: plain(text), images };
}

/** The body as plain text: for descriptions, excerpts and the read-aloud button. */
export function markdownToText(source: string): string {
  const out: string[] = [];
  collectText(md.parse(source, {}), out);
  return plain(out);
}

/** The first `max` characters of a text, cut at a sentence end when one is near. */
export function excerptOf(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return stop > max * 0.5 ? cut.slice(0, stop + 1) : `${cut}…`;
}
