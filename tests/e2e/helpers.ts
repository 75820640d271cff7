/** What the e2e tests need to know about the built site: its content, read from the real files. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const contentDir = path.resolve(process.env.LINLI_CONTENT_DIR ?? 'content');

export interface SourceEntry {
  slug: string;
  data: Record<string, unknown>;
}

/** The entries of a collection as written by editors (drafts included). */
export function sourceEntries(folder: 'events' | 'stories' | 'articles' | 'teams' | 'pages'): SourceEntry[] {
  return readdirSync(path.join(contentDir, folder))
    .filter((n) => n.endsWith('.md'))
    .map((n) => {
      const text = readFileSync(path.join(contentDir, folder, n), 'utf8');
      const data = parse(text.split(/^---\s*$/m)[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      return { slug: (data.slug as string | undefined) ?? n.replace(/\.md$/, ''), data };
    });
}

/** One path of every page type, for checks that run on all of them. */
export function pageTypes(): Record<string, string> {
  const events = sourceEntries('events').filter((e) => !e.data.draft);
  const withCover = events.find((e) => e.data.cover) ?? events[0]!;
  return {
    home: '/',
    events: '/events/',
    'events-2': '/events/2/',
    event: `/events/${withCover.slug}/`,
    stories: '/stories/',
    story: `/stories/${sourceEntries('stories')[0]!.slug}/`,
    articles: '/articles/',
    article: `/articles/${sourceEntries('articles').find((a) => String(readBody('articles', a.slug)).includes('|'))?.slug ?? sourceEntries('articles')[0]!.slug}/`,
    teams: '/teams/',
    team: `/teams/${sourceEntries('teams')[0]!.slug}/`,
    categories: '/categories/',
    category: `/categories/${String(events[0]!.data.category)}/`,
    page: `/${sourceEntries('pages')[0]!.slug}/`,
    search: '/search/?q=志愿',
    '404': '/no-such-page/',
  };
}

function readBody(folder: string, slug: string): string {
  for (const n of readdirSync(path.join(contentDir, folder))) {
    const text = readFileSync(path.join(contentDir, folder, n), 'utf8');
    if (n === `${slug}.md` || text.includes(`slug: ${slug}`)) return text;
  }
  return '';
}
