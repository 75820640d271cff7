/**
 * Every broken fixture stops the real `astro build` with a non-zero exit and a message that names
 * the file, the field and the fix. (The unit test checks the wording; this checks the build.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { badCases, contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { expected } from '../helpers/expected';

describe('astro build on broken content', () => {
  it.each(badCases)('%s stops the build and says what to fix', (name) => {
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
