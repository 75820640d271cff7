/**
 * `npm start` serves the site and rebuilds it when a content file changes; a broken edit keeps
 * the last good site online and says what is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/fixtures';
import { startSite, type RunningSite } from '../helpers/start';
import { waitFor } from '../helpers/wait';

let site: RunningSite | undefined;
afterAll(() => site?.stop());

describe('npm start', () => {
  it('serves, rebuilds on a content edit, and survives a broken edit', { timeout: 180_000 }, async () => {
    const paths = contentTree('ok');
    site = await startSite(paths, 'start', { cms: false });
    const page = async (p: string) => {
      const r = await fetch(`${site!.url}${p}`);
      return { status: r.status, text: await r.text() };
    };

    const first = await page('/events/yizhen/');
    expect(first.status).toBe(200);
    expect(first.text).toContain('社区义诊');

    const file = path.join(paths.contentDir, 'events/yizhen.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 社区义诊', 'title: 社区大义诊'));
    await waitFor(async () => ((await page('/events/yizhen/')).text.includes('社区大义诊') ? true : undefined));

    writeFileSync(file, readFileSync(file, 'utf8').replace('location: 社区服务中心', 'loaction: 社区服务中心'));
    await waitFor(() => (site!.log().includes('仍显示上一个版本') ? true : undefined));
    expect(site.log()).toContain('不认识的字段「loaction」');
    const still = await page('/events/yizhen/');
    expect(still.status).toBe(200);
    expect(still.text).toContain('社区大义诊');
  });
});
