/**
 * Each activity's calendar file, `/events/<slug>.ics`: written in one pass after the build from
 * what /calendar.ics worked out (src/pages/calendar.ics.ts), rather than as 1,500 routes; under
 * `astro dev`, a route makes it on request. An Astro integration: see astro.config.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function calendarsIntegration() {
  return {
    name: 'linli-calendars',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({ pattern: '/events/[slug].ics', entrypoint: './src/routes/event-calendar.ts', prerender: true });
      },
      'astro:build:done': ({ dir }) => {
        const calendars = globalThis.__linliCalendars ?? new Map();
        const events = path.join(fileURLToPath(dir), 'events');
        mkdirSync(events, { recursive: true });
        for (const [slug, text] of calendars) writeFileSync(path.join(events, `${slug}.ics`), text);
      },
    },
  };
}
