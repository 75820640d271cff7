/**
 * The end-to-end tests' site: `tests/fixtures/site/` (see its README), built with the clock pinned
 * (fixtures.ts). Tests name its entries and write down what they expect of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const siteDir = path.resolve('tests/fixtures/site');
const contentDir = path.join(siteDir, 'content');

export interface SourceEntry {
  slug: string;
  data: Record<string, unknown>;
}

/** The entries of a collection as written in the fixture site (drafts included). */
export function sourceEntries(folder: 'events' | 'stories' | 'articles' | 'teams' | 'pages'): SourceEntry[] {
  return readdirSync(path.join(contentDir, folder))
    .filter((n) => n.endsWith('.md'))
    .map((n) => {
      const text = readFileSync(path.join(contentDir, folder, n), 'utf8');
      const data = parse(text.split(/^---\s*$/m)[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      return { slug: (data.slug as string | undefined) ?? n.replace(/\.md$/, ''), data };
    });
}

/** The fixture site's settings (site.yml). */
export function siteSettings(): Record<string, unknown> {
  return parse(readFileSync(path.join(contentDir, 'site.yml'), 'utf8')) as Record<string, unknown>;
}

/** One page of every type, for checks that run on all of them. */
export const pageTypes: Record<string, string> = {
  home: '/',
  events: '/events/',
  'events-2': '/events/2/',
  event: '/events/chongyang-jinglao-2027/', // has a cover
  'event-cancelled': '/events/jianbuzou-shidi-2026/',
  stories: '/stories/',
  story: '/stories/he-jing-qingting/',
  articles: '/articles/',
  article: '/articles/gaoxueya-richang-guanli/', // has a table
  teams: '/teams/',
  team: '/teams/fazhi-zhiyin/',
  categories: '/categories/',
  category: '/categories/elderly/',
  page: '/about/',
  schedule: '/schedule/',
  search: '/search/?q=志愿',
  'poster-event': '/events/chongyang-jinglao-2027/poster/',
  'poster-article': '/articles/gaoxueya-richang-guanli/poster/',
  record: '/events/chongyang-jiaozi-2026/record/', // 活动记录表, with its 台账 filled in
  records: '/records/',
  '404': '/no-such-page/',
};
