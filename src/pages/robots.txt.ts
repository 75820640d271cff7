/** `/robots.txt`: everything but the CMS may be indexed; names the sitemap (SPEC §4). */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/urls';
import { getSite } from '../lib/site-data';

export const GET: APIRoute = async () => {
  const { url } = await getSite();
  const lines = ['User-agent: *', 'Disallow: /admin/', `Sitemap: ${absolute(url, '/sitemap-index.xml')}`];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
