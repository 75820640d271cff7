/**
 * What every part of one build shares, made once when the Astro config is loaded: the project,
 * its settings, the build's "now", the code version (cache.ts), and the content as the build
 * reads it. The integrations get it as an argument (index.ts); the pages get `now` and the photo
 * names' version through the virtual module `virtual:linli/build` (buildNow() in
 * src/lib/site-data.ts and photo() in src/lib/images.ts read it), so nothing travels through globals.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadContent, type SiteContent } from '../content/repository';
import { readSettings, type Settings } from '../settings';
import { codeVersion, key } from './cache';
import { PHOTO_ENCODING, photoPackages } from '../lib/photo-jobs';

export interface Build {
  root: string;
  settings: Settings;
  /** The build's "now": one instant for every page, picture, calendar and search entry. */
  now: Date;
  /** A hash of the build's code (cache.ts). */
  code: string;
  /** What the photo sizes' names start from: code, encoder options and versions (photo-jobs.ts). */
  photoVersion: string;
  /** The published content, read once per build (astro dev: afresh each time it is asked). */
  content(): Promise<SiteContent>;
  /** Whether this is `astro build` (not `astro dev`): set by the first integration. */
  building: boolean;
  /**
   * Astro's own cache folder, one per build process, removed when the build is done: Astro writes
   * the content it read there and bundles the pages from that file, so two builds at once (the
   * tests, or a build while `npm start` rebuilds) must not share it. Nothing in it is worth
   * keeping: every build reads the content and renders every page.
   */
  astroCacheDir: string;
}

export function makeBuild(root: string): Build {
  const settings = readSettings(root);
  const code = codeVersion(root);
  let read: Promise<SiteContent> | undefined;
  const build: Build = {
    root,
    settings,
    now: settings.now ?? new Date(),
    code,
    photoVersion: photoVersionOf(code, PHOTO_ENCODING, photoPackages(root)),
    building: false,
    astroCacheDir: path.join(tmpdir(), `linli-astro-${process.pid}`),
    content() {
      const fresh = () => loadContent({ root, contentDir: settings.contentDir, publicDir: settings.publicDir });
      if (!build.building) return fresh();
      return (read ??= fresh());
    },
  };
  return build;
}

/** What every photo size's name starts from: the code, how sizes are encoded, and by which versions. */
export function photoVersionOf(code: string, encoding: unknown, packages: Record<string, string>): string {
  return key(code, 'photos', { encoding, packages });
}

const VIRTUAL = 'virtual:linli/build';

/** Hands the pages what they share with the build's other parts (see above). */
export function buildInfoIntegration(build: Build): AstroIntegration {
  return {
    name: 'linli-build-info',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        build.building = command === 'build';
        const source =
          `export const now = new Date(${JSON.stringify(build.now.toISOString())});\n` +
          `export const photoVersion = ${JSON.stringify(build.photoVersion)};\n`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'linli-build-info',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? source : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        rmSync(build.astroCacheDir, { recursive: true, force: true });
      },
    },
  };
}
