/** /admin/names.json: category and team names, so the CMS preview shows names as the site does. */
import type { APIRoute } from 'astro';
import { getCategories, getTeams } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const [categories, teams] = await Promise.all([getCategories(), getTeams()]);
  const names = {
    categories: Object.fromEntries(categories.map((c) => [c.id, c.name])),
    // By slug and by file name: the CMS's team picker stores the file name.
    teams: Object.fromEntries(teams.flatMap((t) => [[t.id, t.data.name], [t.filePath?.split('/').pop()?.replace(/\.md$/, '') ?? t.id, t.data.name]])),
  };
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
