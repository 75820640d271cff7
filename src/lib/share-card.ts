/**
 * The pictures a shared page travels with, laid out for satori (HTML-like boxes → SVG): the square
 * share card a link preview shows (`share.png`), and the tall 分享海报 a resident saves or forwards
 * as a picture (`poster.png`). Pure layout: every word arrives ready in a `ShareEntry`
 * (src/lib/share-plan.ts), so src/integrations/share-draw.ts renders without Astro.
 */

/** One page's share picture data (src/lib/share-plan.ts). */
export interface ShareEntry {
  /** The page's path, e.g. `/events/dongzhi-jiaozi/`. */
  page: string;
  /** Its canonical address: what the poster's QR code opens. */
  url: string;
  /** 活动 / 先进典型 / 资料, and the category's name. */
  eyebrow: string;
  title: string;
  /** For an activity, its date and time in large type on the card. */
  when?: string | undefined;
  /** Labelled facts for the poster: 时间, 地点, 报名… (a story: 人物, 荣誉). */
  facts: { label: string; text: string }[];
  /** An article's or story's opening words, for the poster when it has few facts. */
  summary?: string | undefined;
  /** The cover under the public folder when it is a photo: the share image is then made from it. */
  photo?: string | undefined;
  /** Whether the page offers a 分享海报 (activities and articles). */
  poster: boolean;
  /**
   * An activity that no longer takes sign-ups at build time: its state (已取消, 已延期, 已结束), drawn
   * first and large, and the editor's line about it. Its facts then hold no 报名 line.
   */
  state?: { label: string; note?: string | undefined } | undefined;
  /** Whether the picture may ask people to sign up (an activity still open): the poster's call. */
  invites?: boolean | undefined;
}

/** Site-wide words and names the pictures carry. */
export interface ShareSite {
  name: string;
  community: string;
  description: string;
  /** 长按识别二维码 and its second line, on the poster. */
  scan: string;
  scanHint: string;
  /** The call under the QR code when there is nothing to sign up for. */
  scanHintNoSignup: string;
}

/** A satori node: the shape React elements have, without React. */
export interface Node {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: Child | Child[];
    src?: string;
    width?: number;
    height?: number;
  };
}
type Child = Node | string;

export const CARD_SIZE = 600;
export const POSTER = { width: 750, height: 1334 } as const;
export const FONT_FAMILY = 'Noto Sans SC';

const BRAND = '#b42318';
const BRAND_DARK = '#7a1a10';
const INK = '#1f1f1f';
const WARM = '#ffe8a3';

function box(style: Record<string, string | number>, ...children: Child[]): Node {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** Text clamped to `lines` lines with an ellipsis. */
function text(value: string, style: Record<string, string | number>, lines: number): Node {
  return { type: 'div', props: { style: { display: 'block', lineClamp: lines, ...style }, children: value } };
}

/** A title's size by its length: short titles big, long ones still in at most four lines. */
export function titleSize(title: string, sizes: readonly [number, number, number]): number {
  const n = [...title].length;
  return n <= 12 ? sizes[0] : n <= 24 ? sizes[1] : sizes[2];
}

/**
 * What each picture shows, and nothing else: the cache key of a drawing (src/integrations/share-pictures.ts),
 * so a change a picture does not show (the site's description, an article's body) redraws none.
 */
export const drawn = {
  site: (site: ShareSite) => [site.name, site.community, site.description],
  card: (entry: ShareEntry, site: ShareSite) => [
    entry.eyebrow,
    entry.when,
    entry.title,
    entry.state,
    site.name,
    site.community,
  ],
  poster: (entry: ShareEntry, site: ShareSite) => [
    ...drawn.card(entry, site),
    entry.facts.slice(0, 4),
    entry.summary,
    entry.url,
    site.scan,
    scanHintOf(entry, site),
  ],
};

/** Under the QR code: 报名 only while the activity takes sign-ups. */
const scanHintOf = (entry: ShareEntry, site: ShareSite) => (entry.invites ? site.scanHint : site.scanHintNoSignup);

/** 已取消 / 已延期 / 已结束 in large type on a light band, and the editor's line under it. */
function stateBand(state: NonNullable<ShareEntry['state']>, size: number): Node {
  return box(
    { flexDirection: 'column', padding: '12px 20px', background: WARM, color: BRAND_DARK, borderRadius: 12 },
    text(state.label, { fontSize: size, fontWeight: 700, lineHeight: 1.2 }, 1),
    ...(state.note ? [text(state.note, { fontSize: Math.round(size * 0.5), marginTop: 6, lineHeight: 1.35 }, 2)] : []),
  );
}

/** The site's name on a white strip: who is speaking, under every picture. */
function signature(site: ShareSite, width: number): Node {
  return box(
    { width, flexDirection: 'column', padding: '24px 40px', background: '#fff', color: INK },
    text(site.name, { fontSize: 34, fontWeight: 700, color: BRAND }, 1),
    text(site.community, { fontSize: 24, marginTop: 4, color: '#555' }, 1),
  );
}

/** The square card a link preview shows: title and site name readable at thumbnail size. */
export function shareCard(entry: ShareEntry, site: ShareSite): Node {
  const size = titleSize(entry.title, [60, 50, 42]);
  return box(
    { width: CARD_SIZE, height: CARD_SIZE, flexDirection: 'column', background: BRAND, fontFamily: FONT_FAMILY },
    box(
      { flexGrow: 1, flexDirection: 'column', padding: '40px 40px 24px', color: '#fff' },
      ...(entry.state ? [stateBand(entry.state, 56)] : [text(entry.eyebrow, { fontSize: 26, color: WARM }, 1)]),
      ...(entry.when ? [text(entry.when, { fontSize: 40, fontWeight: 700, color: WARM, marginTop: 16 }, 1)] : []),
      text(
        entry.title,
        { fontSize: size, fontWeight: 700, lineHeight: 1.3, marginTop: 20 },
        entry.state ? 2 : entry.when ? 3 : 4,
      ),
    ),
    signature(site, CARD_SIZE),
  );
}

/** The site's own card, for pages that are not one entry (home, lists, search). */
export function siteCard(site: ShareSite): Node {
  return box(
    { width: CARD_SIZE, height: CARD_SIZE, flexDirection: 'column', background: BRAND, fontFamily: FONT_FAMILY },
    box(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'center', padding: 40, color: '#fff' },
      text(site.name, { fontSize: titleSize(site.name, [64, 52, 44]), fontWeight: 700, lineHeight: 1.25 }, 3),
      text(site.description, { fontSize: 28, lineHeight: 1.5, marginTop: 24, color: WARM }, 4),
    ),
    signature(site, CARD_SIZE),
  );
}

/**
 * The tall 分享海报: title, facts and the page's QR code, in one picture a resident can save or
 * forward where printing and sharing a link do not work. Exactly one QR code (a long-press reads
 * only one).
 */
export function sharePoster(entry: ShareEntry, site: ShareSite, qr: { src: string; size: number }): Node {
  const { width, height } = POSTER;
  const facts = entry.facts
    .slice(0, 4)
    .map((f) =>
      box(
        { marginTop: 20, fontSize: 32, lineHeight: 1.4 },
        text(f.label, { width: 96, flexShrink: 0, fontWeight: 700, color: BRAND }, 1),
        text(f.text, { flexGrow: 1, flexShrink: 1, color: INK }, 3),
      ),
    );
  return box(
    { width, height, flexDirection: 'column', background: '#fff', fontFamily: FONT_FAMILY },
    box(
      { flexDirection: 'column', padding: '44px 48px', background: BRAND, color: '#fff' },
      text(site.name, { fontSize: 44, fontWeight: 700 }, 1),
      text(site.community, { fontSize: 28, marginTop: 8, color: WARM }, 1),
    ),
    box(
      { flexGrow: 1, flexDirection: 'column', padding: '40px 48px 0' },
      ...(entry.state ? [stateBand(entry.state, 76)] : []),
      text(entry.eyebrow, { fontSize: 28, color: BRAND_DARK, fontWeight: 700, marginTop: entry.state ? 24 : 0 }, 1),
      text(
        entry.title,
        { fontSize: titleSize(entry.title, [64, 54, 46]), fontWeight: 700, lineHeight: 1.3, marginTop: 16, color: INK },
        3,
      ),
      box({ flexDirection: 'column', marginTop: 16 }, ...facts),
      ...(entry.summary
        ? [
            text(
              entry.summary,
              { fontSize: 30, lineHeight: 1.6, marginTop: 24, color: '#333' },
              facts.length > 2 ? 2 : 6,
            ),
          ]
        : []),
    ),
    box(
      { alignItems: 'center', padding: '32px 48px 48px', borderTop: `4px solid ${BRAND}` },
      // Drawn at the PNG's own size: a scaled QR code would blur at the edges of its modules.
      { type: 'img', props: { src: qr.src, width: qr.size, height: qr.size, style: { flexShrink: 0 } } },
      box(
        { flexDirection: 'column', marginLeft: 32, flexShrink: 1 },
        text(site.scan, { fontSize: 38, fontWeight: 700, color: INK }, 2),
        text(scanHintOf(entry, site), { fontSize: 28, marginTop: 12, color: '#444', lineHeight: 1.4 }, 3),
      ),
    ),
  );
}
