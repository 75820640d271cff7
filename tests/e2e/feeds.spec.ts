/**
 * Calendar files, RSS, the sitemap and robots.txt of the built fixture site, read with real
 * parsers (ical.js, fast-xml-parser) and compared with what the fixture's files say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './fixtures';
import { siteSettings, sourceEntries } from './helpers';
import { parseCstDateTime } from '../../src/lib/time';

const dist = path.resolve('.tmp/dist-e2e');
const origin = String(siteSettings().url);
const t = (s: string) => parseCstDateTime(s)!;
const published = (folder: 'events' | 'stories' | 'articles') => sourceEntries(folder).filter((e) => !e.data.draft);

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      status: String(c.getFirstPropertyValue('status')),
      url: String(c.getFirstPropertyValue('url')),
    };
  });
}

test.beforeAll(async ({ request }) => {
  await request.get('/'); // the web server has built the site by now
});

test('every activity has a calendar file with its Beijing times, place, page and a stable UID', async ({ request }) => {
  const all = events(readFileSync(path.join(dist, 'calendar.ics'), 'utf8'));
  const source = published('events');
  expect(all).toHaveLength(source.length);
  expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  for (const { slug, data } of source) {
    const response = await request.get(`/events/${slug}.ics`);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const [one] = events(await response.text());
    expect(one!.uid).toBe(`${slug}@${new URL(origin).host}`);
    expect(one!.start).toEqual(t(String(data.start)));
    if (data.end) expect(one!.end).toEqual(t(String(data.end)));
    expect(one!.location).toBe(data.location);
    expect(one!.url).toBe(`${origin}/events/${slug}/`);
    expect(all.find((e) => e.uid === one!.uid)).toEqual(one);
  }
  const bySlug = (slug: string) => all.find((e) => e.uid.startsWith(`${slug}@`))!;
  // Written down from the fixture files: after midnight, no end, cancelled, postponed.
  expect(bySlug('kuanian-shousui-2026')).toMatchObject({ start: t('2026-12-31 20:00'), end: t('2027-01-01 00:30') });
  expect(bySlug('chunjie-xiechunlian-2027')).toMatchObject({
    start: t('2027-01-30 09:00'),
    end: t('2027-01-30 11:00'),
  });
  expect(bySlug('jianbuzou-shidi-2026').status).toBe('CANCELLED');
  expect(bySlug('guangchangwu-yingxin-2026').status).toBe('TENTATIVE');
  expect(all.some((e) => e.uid.startsWith('yuanxiao-caidengmi-2027@'))).toBe(false); // a draft
  expect((await request.get('/events/yuanxiao-caidengmi-2027.ics')).status()).toBe(404);
});

test('an activity page offers 加入日历; inside WeChat it says to open the browser first', async ({ browser }) => {
  const slug = 'chunjie-xiechunlian-2027';
  for (const inWeChat of [false, true]) {
    const context = await browser.newContext({
      userAgent: inWeChat
        ? 'Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 ' +
          'MicroMessenger/8.0.47'
        : 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36',
    });
    const page = await context.newPage();
    await page.goto(`/events/${slug}/`);
    const link = page.getByRole('link', { name: '加入日历' });
    await expect(link).toHaveAttribute('href', `/events/${slug}.ics`);
    const hint = page.locator('add-to-calendar .hint');
    if (inWeChat) {
      await expect(hint).toBeVisible();
      await expect(hint).toContainText('在浏览器打开');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/events/${slug}/$`));
      await expect(hint).toBeVisible();
    } else {
      await expect(hint).toBeHidden();
    }
    await context.close();
  }
});

test('/rss.xml lists every activity, story and article, newest first, with absolute links', async ({ request }) => {
  const response = await request.get('/rss.xml');
  const rss = new XMLParser().parse(await response.text()).rss.channel;
  const items = [rss.item].flat() as { title: string; link: string; pubDate: string }[];
  const expected = [...published('events'), ...published('stories'), ...published('articles')];
  expect(items).toHaveLength(expected.length);
  const links = items.map((i) => i.link);
  for (const section of ['events', 'stories', 'articles'] as const)
    for (const { slug } of published(section)) expect(links).toContain(`${origin}/${section}/${slug}/`);
  expect(links.some((l) => l.includes('yuanxiao-caidengmi-2027'))).toBe(false);
  const dates = items.map((i) => Date.parse(i.pubDate));
  expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('every page links the feed; the sitemap lists every public page and nothing else', async ({ request }) => {
  const html = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, text: readFileSync(path.join(dist, f), 'utf8') }));
  const publicPages = html.filter((p) => !p.text.includes('name="robots" content="noindex"'));
  const withFeed = publicPages.filter((p) =>
    /<link rel="alternate" type="application\/rss\+xml"[^>]+href="\/rss.xml"/.test(p.text),
  );
  expect(withFeed.map((p) => p.file)).toEqual(publicPages.map((p) => p.file));

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  const xml = new XMLParser();
  const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
  const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
  const listed = new Set<string>();
  for (const map of maps) {
    const urlset = xml.parse(await (await request.get(map)).text()).urlset;
    for (const u of [urlset.url].flat() as { loc: string }[]) listed.add(u.loc);
  }
  const expected = publicPages.map((p) => `${origin}/${p.file.replace(/index\.html$/, '')}`);
  expect([...listed].sort()).toEqual(expected.sort());
  for (const hidden of ['/admin/', '/404/', '/screen/', '/events/yuanxiao-caidengmi-2027/'])
    expect(listed.has(`${origin}${hidden}`)).toBe(false);
  expect(listed.has(`${origin}/schedule/`)).toBe(true);
});
