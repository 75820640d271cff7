/**
 * What every part of one build shares, made once when the Astro config is loaded: the project,
 * its settings, the build's "now", the code version (cache.ts), and the content as the build
 * reads it. The integrations get it as an argument (index.ts); the pages get `now` and the photo
 * names' version through the virtual module `virtual:linli/build` (buildNow() in
 * src/lib/site-data.ts and photo() in src/lib/images.ts read it), so nothing travels through globals.
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadContent, type SiteContent } from '../content/repository';
import { readSettings, type Settings } from '../settings';
import { codeVersion, key, packageVersion } from './cache';
import { PHOTO_ENCODING } from '../lib/photo-jobs';

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
   * Astro's own cache folder, one per process, removed when the process ends (astroCacheFolder):
   * Astro writes the content it read there and bundles the pages from that file, so two builds at
   * once (the tests, or a build while `npm start` rebuilds) must not share it. Nothing in it is
   * worth keeping: every build reads the content and renders every page.
   */
  astroCacheDir: string;
}

const ASTRO_CACHE_PREFIX = 'linli-astro-';

/**
 * This process's Astro cache folder (see Build.astroCacheDir), removed when the process ends,
 * however it ends short of being killed: a build that stops on broken content, `astro dev`,
 * `astro check`. Folders of processes that were killed are removed by the next one.
 */
function astroCacheFolder(): string {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(ASTRO_CACHE_PREFIX.length));
    if (!name.startsWith(ASTRO_CACHE_PREFIX) || !Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running: its folder is in use
    } catch (error) {
      // Gone (not merely another user's, which says EPERM): its folder is left over.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH')
        rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
    }
  }
  const folder = path.join(tmpdir(), `${ASTRO_CACHE_PREFIX}${process.pid}`);
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
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
    photoVersion: photoVersion(root, code),
    building: false,
    astroCacheDir: astroCacheFolder(),
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

/** The packages that encode the photo sizes, with their installed versions. */
export const photoPackages = (root: string): Record<string, string> => ({ sharp: packageVersion(root, 'sharp') });

/** The photos' version of the project at `root`, as its build works it out. */
export function photoVersion(root: string, code = codeVersion(root)): string {
  return photoVersionOf(code, PHOTO_ENCODING, photoPackages(root));
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
    },
  };
}
