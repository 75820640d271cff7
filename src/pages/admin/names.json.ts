/**
 * /admin/names.json: category and team names and the site's phone, so the CMS preview shows names and
 * contacts as the site does, and which entries use each category, so the CMS refuses to remove a
 * category still in use.
 */
import type { APIRoute } from 'astro';
import { teamKeys } from '../../content/references';
import { categoryNames, getArticles, getEvents, getStories, getTeams } from '../../lib/site-data';

export const GET: APIRoute = async (Astro) => {
  const [categories, teams, events, stories, articles] = await Promise.all([
    categoryNames(),
    getTeams(),
    getEvents(),
    getStories(),
    getArticles(),
  ]);
  const categoryUse: Record<string, string[]> = {};
  const uses = (id: string, what: string) => (categoryUse[id] ??= []).push(what);
  for (const e of [...events, ...stories, ...articles]) uses(e.data.category, `「${e.data.title}」`);
  for (const t of teams) for (const id of t.data.categories ?? []) uses(id, `「${t.data.name}」`);
  const names = {
    site: Astro.locals.linli.site.name,
    // The office's number: the preview of an activity without a contact shows it, as its page does.
    phone: Astro.locals.linli.site.phone,
    categories: Object.fromEntries(categories),
    // Under every key that names a team (its slug and its file name: see teamKeys).
    teams: Object.fromEntries(
      teams.flatMap((t) => teamKeys({ slug: t.id, file: t.filePath ?? t.id }).map((k) => [k, t.data.name])),
    ),
    categoryUse,
  };
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
