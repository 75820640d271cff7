/** `/calendar.ics`: every activity, past ones included, for subscribing in a calendar app. */
import type { APIRoute } from 'astro';
import { calendarFile } from '../lib/calendar';
import { ui } from '../i18n/zh-CN';
import { calendarEvents, getSite } from '../lib/site-data';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(calendarFile(await calendarEvents(), site, ui.calendar.allName(site.name)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
