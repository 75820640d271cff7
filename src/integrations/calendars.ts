/**
 * Each activity's calendar file, `/events/<slug>.ics`: written in one pass after the pages, from
 * the content as the build read it, rather than as 1,500 routes (seconds of Astro's own per-page
 * work for a few lines of text each); under `astro dev`, a route makes it on request.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { calendarEventOf, calendarFile } from '../lib/calendar';
import type { Build } from './build';

export function calendarsIntegration(build: Build): AstroIntegration {
  return {
    name: 'linli-calendars',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({ pattern: '/events/[slug].ics', entrypoint: './src/routes/event-calendar.ts', prerender: true });
      },
      'astro:build:done': async ({ dir }) => {
        const { site, events } = await build.content();
        const folder = path.join(fileURLToPath(dir), 'events');
        mkdirSync(folder, { recursive: true });
        // Written side by side by Node's file threads: one at a time took 1 s at 3,000 activities.
        await Promise.all(
          events.map((e) => {
            const file = calendarFile([calendarEventOf(e.slug, e.data, e.excerpt, site)], site, e.data.title);
            return writeFile(path.join(folder, `${e.slug}.ics`), file);
          }),
        );
      },
    },
  };
}
