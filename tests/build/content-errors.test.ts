/**
 * Broken content stops the real `astro build` with a non-zero exit and the report that names the
 * file, the field and the fix. Every kind of mistake and its wording is checked at unit level,
 * through the function the build calls (tests/unit/content.test.ts: loadContent and the report
 * it throws); here two real builds show that the build stops and prints that report: a file YAML
 * cannot read, and a field the content check refuses.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv, type BadCase } from '../helpers/fixtures';
import { expected } from '../helpers/expected';

const built: BadCase[] = ['yaml-syntax', 'end-before-start'];

describe('astro build on broken content', () => {
  it.each(built)('%s stops the build and says what to fix', (name) => {
    const paths = contentTree(name);
    const { status, output } = astroBuild(path.join(projectRoot, '.tmp/out', name), siteEnv(paths));
    const want = expected[name];
    expect(status, output).not.toBe(0);
    expect(output).toContain('内容检查发现 1 处问题');
    expect(output).toContain(`.tmp/fixtures/${name}/${want.file}`);
    if (want.field) expect(output).toContain(`字段：${want.field}`);
    expect(output).toMatch(want.message);
    expect(output).toMatch(want.fix);
  });
});
