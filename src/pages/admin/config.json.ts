/** /admin/config.json: the Decap configuration, generated from the content model at build time. */
import type { APIRoute } from 'astro';
import { decapConfig } from '../../content/cms';
import { readCmsSettings } from '../../content/cms-settings';
import { getCategories, getSite } from '../../lib/site-data';
import { cmsFolders, readSettings } from '../../settings';

export const GET: APIRoute = async () => {
  const [site, categories] = await Promise.all([getSite(), getCategories()]);
  const settings = readSettings();
  const config = decapConfig(categories, {
    siteUrl: site.url,
    localPort: settings.cmsPort,
    folders: cmsFolders(settings),
    // Checked by the content loader, which stops the build on a mistake before this page is made.
    backend: readCmsSettings(settings.contentDir, settings.root).settings,
  });
  return new Response(JSON.stringify(config, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
