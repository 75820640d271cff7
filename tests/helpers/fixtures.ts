/** Builds content trees for tests: the minimal valid site, optionally with one broken case laid over it. */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentPaths } from '../../src/content/repository';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
export const badCases = ['yaml-syntax', 'missing-field', 'unknown-field', 'bad-date', 'end-before-start', 'deadline-after-start', 'unknown-category', 'unknown-team', 'duplicate-slug', 'non-ascii-filename', 'missing-cover', 'cover-without-alt', 'slug-not-ascii', 'category-by-name', 'missing-body-image'] as const;
export type BadCase = (typeof badCases)[number];

/**
 * Copies the valid fixture site to `.tmp/fixtures/<name>/content` (inside the project, so file
 * names in messages read `.tmp/fixtures/<name>/content/...`) and lays `bad/<name>` over it.
 */
export function contentTree(name: BadCase | 'ok'): ContentPaths {
  const root = path.join(projectRoot, '.tmp/fixtures', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const contentDir = path.join(root, 'content');
  cpSync(path.join(fixturesDir, 'content-ok'), contentDir, { recursive: true });
  if (name !== 'ok') cpSync(path.join(fixturesDir, 'bad', name), contentDir, { recursive: true });
  return { root, contentDir, publicDir: path.join(projectRoot, 'public') };
}
