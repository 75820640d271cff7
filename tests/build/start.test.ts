/**
 * `npm start` serves the site and rebuilds it when a content file changes; a broken edit keeps
 * the last good site online and says what is wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTree, projectRoot } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { waitFor } from '../helpers/wait';

let PORT = 0;
let child: ChildProcess | undefined;
afterAll(() => child?.kill());


const page = async (p: string) => {
  const r = await fetch(`http://127.0.0.1:${PORT}${p}`);
  return { status: r.status, text: await r.text() };
};

describe('npm start', () => {
  it('serves, rebuilds on a content edit, and survives a broken edit', { timeout: 120_000 }, async () => {
    PORT = await freePort();
    const paths = contentTree('ok');
    let log = '';
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: String(PORT), LINLI_CMS_PORT: String(await freePort()), LINLI_CONTENT_DIR: paths.contentDir, LINLI_DIST: path.join(projectRoot, '.tmp/start-dist'), NO_COLOR: '1' },
    });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));

    const first = await waitFor(async () => ((await page('/events/yizhen/')).status === 200 ? page('/events/yizhen/') : undefined));
    expect(first.text).toContain('社区义诊');

    const file = path.join(paths.contentDir, 'events/yizhen.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 社区义诊', 'title: 社区大义诊'));
    const updated = await waitFor(async () => ((await page('/events/yizhen/')).text.includes('社区大义诊') ? true : undefined));
    expect(updated).toBe(true);

    writeFileSync(file, readFileSync(file, 'utf8').replace('location: 社区服务中心', 'loaction: 社区服务中心'));
    await waitFor(async () => (log.includes('仍显示上一个版本') ? true : undefined));
    expect(log).toContain('不认识的字段「loaction」');
    const still = await page('/events/yizhen/');
    expect(still.status).toBe(200);
    expect(still.text).toContain('社区大义诊');
  });
});
