/**
 * Fixture sites for tests, never the real `content/`: a community replaces that on day one.
 *
 * - `tests/fixtures/minimal/`: one entry of each kind (content + public), the base of the broken
 *   cases in `tests/fixtures/bad/<case>/`, which are laid over it.
 * - `tests/fixtures/site/`: a full site (the end-to-end tests' site) whose entries tests name.
 * - `tests/fixtures/records/`: a year of activities with and without 台账 records, laid over minimal.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentPaths } from '../../src/content/repository';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
export const badCases = [
  'yaml-syntax',
  'missing-field',
  'unknown-field',
  'bad-date',
  'end-before-start',
  'deadline-after-start',
  'unknown-category',
  'unknown-team',
  'duplicate-slug',
  'non-ascii-filename',
  'missing-cover',
  'cover-without-alt',
  'slug-not-ascii',
  'category-by-name',
  'missing-body-image',
  'missing-recap-photo',
  'photo-without-alt',
  'portrait-without-alt',
] as const;
export type BadCase = (typeof badCases)[number];

/** A fixture site in place, read-only: for builds that change nothing in it. */
export function fixtureSite(name: 'minimal' | 'site'): ContentPaths {
  const root = path.join(fixturesDir, name);
  return { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
}

/**
 * A writable copy of a fixture site at `.tmp/fixtures/<name>/`, with `bad/<name>` laid over it for a
 * broken case, or the fixture `overlay` (its `content/` and `public/`) laid over it.
 */
export function contentTree(
  name: BadCase | 'ok' | (string & {}),
  base: 'minimal' | 'site' = 'minimal',
  overlay?: 'records',
): ContentPaths {
  const root = path.join(projectRoot, '.tmp/fixtures', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(path.join(fixturesDir, base), root, { recursive: true });
  const contentDir = path.join(root, 'content');
  if ((badCases as readonly string[]).includes(name))
    cpSync(path.join(fixturesDir, 'bad', name), contentDir, { recursive: true });
  if (overlay) cpSync(path.join(fixturesDir, overlay), root, { recursive: true });
  // File names in the content check's messages are relative to the tree: `content/events/…`.
  return { root, contentDir, publicDir: path.join(root, 'public') };
}

/** The settings that point a build or `npm start` at a fixture site. */
export function siteEnv(paths: ContentPaths): Record<string, string> {
  return { LINLI_CONTENT_DIR: paths.contentDir, LINLI_PUBLIC_DIR: paths.publicDir };
}
