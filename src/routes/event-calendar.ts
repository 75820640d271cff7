/**
 * `/events/<slug>.ics` under `astro dev` (injected by src/integrations/calendars.ts). A build
 * writes these files in one pass instead: 1,500 routes cost seconds of Astro's own per-page work
 * for a few lines of text each.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { calendarFile } from '../lib/calendar';
import { calendarEvents, getSite } from '../lib/site-data';

export const getStaticPaths = (async () =>
  (await getCollection('events')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const [event] = await calendarEvents([props.entry]);
  return new Response(calendarFile([event!], site, props.entry.data.title), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
