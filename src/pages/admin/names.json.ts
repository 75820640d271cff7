/** /admin/names.json: category and team names, so the CMS preview shows names as the site does. */
import type { APIRoute } from 'astro';
import { teamKeys } from '../../content/references';
import { categoryNames, getTeams } from '../../lib/site-data';

export const GET: APIRoute = async (Astro) => {
  const [categories, teams] = await Promise.all([categoryNames(), getTeams()]);
  const names = {
    site: Astro.locals.linli.site.name,
    categories: Object.fromEntries(categories),
    // Under every key that names a team (its slug and its file name: see teamKeys).
    teams: Object.fromEntries(
      teams.flatMap((t) => teamKeys({ slug: t.id, file: t.filePath ?? t.id }).map((k) => [k, t.data.name])),
    ),
  };
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
