/**
 * `/calendar.ics`: every activity, past ones included, for subscribing in a calendar app. Each
 * activity's own file (`/events/<slug>.ics`) is written by src/integrations/calendars.ts.
 */
import type { APIRoute } from 'astro';
import { calendarFile } from '../lib/calendar';
import { ui } from '../i18n/zh-CN';
import { calendarEvents, getSite } from '../lib/site-data';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const events = await calendarEvents();
  return new Response(calendarFile(events, site, ui.calendar.allName(site.name)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
