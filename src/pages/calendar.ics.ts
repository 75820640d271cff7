/**
 * `/calendar.ics`: every activity, past ones included, for subscribing in a calendar app. It also
 * hands each activity's own file (`/events/<slug>.ics`) to scripts/calendars.mjs, which writes
 * them after the build.
 */
import type { APIRoute } from 'astro';
import { calendarFile, eventCalendars } from '../lib/calendar';
import { ui } from '../i18n/zh-CN';
import { calendarEvents, getSite } from '../lib/site-data';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const events = await calendarEvents();
  for (const e of events) eventCalendars().set(e.slug, calendarFile([e], site, e.title));
  return new Response(calendarFile(events, site, ui.calendar.allName(site.name)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
