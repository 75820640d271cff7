/**
 * `npm start` as a maintainer and an editor meet it: it serves, rebuilds on every kind of save,
 * never shows a gap, keeps the last good site after a mistake, refuses to share ports with
 * another copy of itself, and leaves nothing running (checked by PID) when it is stopped.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startText } from '../../src/i18n/start';
import { afterEach, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/fixtures';
import { alive, commandOf, descendants } from '../helpers/processes';
import { spawnStart, startSite, type StartedProcess } from '../helpers/start';
import { waitFor } from '../helpers/wait';

const running: StartedProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

const get = async (site: StartedProcess, p: string) => {
  const r = await fetch(`${site.url}${p}`);
  return { status: r.status, text: await r.text() };
};

/** An atomic save, as `sed -i` and many editors do it: write a new file, rename it over the old. */
function atomicSave(file: string, change: (text: string) => string) {
  const tmp = path.join(path.dirname(file), `.tmp-${path.basename(file)}`);
  writeFileSync(tmp, change(readFileSync(file, 'utf8')));
  renameSync(tmp, file);
}

describe('npm start', () => {
  it(
    'rebuilds on atomic saves and deletions, with no gap, and keeps the last good site after a mistake',
    {
      timeout: 240_000,
    },
    async () => {
      const paths = contentTree('start-edits');
      const site = await startSite(paths, 'start-edits', { cms: false });
      running.push(site);
      expect((await get(site, '/events/yizhen/')).text).toContain('社区义诊');

      // Requests keep being answered while new builds are swapped in.
      const statuses: number[] = [];
      let polling = true;
      const poll = (async () => {
        while (polling) {
          statuses.push((await get(site, '/events/yizhen/')).status);
          await new Promise((r) => setTimeout(r, 5));
        }
      })();

      const file = path.join(paths.contentDir, 'events/yizhen.md');
      atomicSave(file, (t) => t.replace('title: 社区义诊', 'title: 社区大义诊'));
      await waitFor(async () => ((await get(site, '/events/yizhen/')).text.includes('社区大义诊') ? true : undefined));
      // After one atomic save, the next is seen too (the watcher follows the new file).
      atomicSave(file, (t) => t.replace('title: 社区大义诊', 'title: 社区小义诊'));
      await waitFor(async () => ((await get(site, '/events/yizhen/')).text.includes('社区小义诊') ? true : undefined));
      polling = false;
      await poll;
      expect(statuses.length).toBeGreaterThan(50);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);

      // A change saved while a build is running is not lost: one more build follows.
      const rebuilds = () => site.log().split(startText.rebuilding).length;
      const before = rebuilds();
      atomicSave(file, (t) => t.replace('title: 社区小义诊', 'title: 社区义诊一'));
      // The save is seen and its build has started: the next save comes in while it runs.
      await waitFor(() => (rebuilds() > before ? true : undefined));
      atomicSave(file, (t) => t.replace('title: 社区义诊一', 'title: 社区义诊二'));
      await waitFor(async () => ((await get(site, '/events/yizhen/')).text.includes('社区义诊二') ? true : undefined));
      expect((await get(site, '/events/yizhen/poster/')).text).toContain('社区义诊二');

      // A deleted entry leaves the site.
      rmSync(path.join(paths.contentDir, 'stories/zhang.md'));
      await waitFor(async () => ((await get(site, '/stories/zhang/')).status === 404 ? true : undefined));

      // A mistake: the Chinese report, and the last good site stays up.
      writeFileSync(file, readFileSync(file, 'utf8').replace('location: 社区服务中心', 'loaction: 社区服务中心'));
      await waitFor(() => (site.log().includes(startText.notUpdated) ? true : undefined));
      expect(site.log()).toContain('不认识的字段「loaction」');
      const still = await get(site, '/events/yizhen/');
      expect([still.status, still.text.includes('社区义诊二')]).toEqual([200, true]);

      // The terminal speaks to editors: Chinese messages and the address, none of Vite's notes.
      expect(site.log()).toContain(startText.started(site.port).trim());
      // site.yml's placeholders are pointed out once, not at every rebuild.
      expect(site.log().match(/提醒：.*示例地址/g)).toHaveLength(1);
      expect(site.log()).not.toMatch(/\[WARN\] \[vite\]|chunks are larger|EVAL|\[build\]|building client/);
    },
  );

  it(
    'stops everything it started, even in the middle of a rebuild, and leaves no half-built site',
    {
      timeout: 240_000,
    },
    async () => {
      const paths = contentTree('start-stop');
      const site = await startSite(paths, 'start-stop');
      running.push(site); // stopped again after a failure; stopping twice is harmless
      const backend = descendants(site.pid);
      expect(backend.map(commandOf).join('\n')).toContain('decap-server');

      // Start a rebuild and stop npm start while the build is running.
      const file = path.join(paths.contentDir, 'events/yizhen.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: 社区义诊', 'title: 社区大义诊'));
      const during = await waitFor(() => {
        const pids = descendants(site.pid);
        return pids.some((p) => /astro\.mjs build|pagefind/.test(commandOf(p))) ? pids : undefined;
      });
      const code = await site.stop('SIGINT');
      expect(code).not.toBe(0);
      await waitFor(() => (during.every((p) => !alive(p)) ? true : undefined), 10_000).catch(() => undefined);
      expect(during.filter(alive).map(commandOf)).toEqual([]);
      expect(existsSync(`${site.dist}-next`)).toBe(false);
    },
  );

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops cleanly, with a goodbye line, when a service manager sends %s to the npm process',
    { timeout: 180_000 },
    async (signal) => {
      const name = `start-npm-${signal.toLowerCase()}`;
      const site = await startSite(contentTree(name), name, { viaNpm: true });
      running.push(site);
      expect(commandOf(site.pid)).toMatch(/npm/);
      const below = descendants(site.pid);
      expect(below.map(commandOf).join('\n')).toContain('scripts/start.mjs');
      await site.stop(signal);
      await waitFor(() => (below.every((p) => !alive(p)) ? true : undefined), 15_000).catch(() => undefined);
      expect(below.filter(alive).map(commandOf)).toEqual([]);
      expect(site.log()).toContain(startText.stopped.trim());
      // Nothing listens any more: both ports can be taken again.
      for (const port of [site.port, site.cmsPort]) {
        const free = await new Promise<boolean>((resolve) => {
          const probe = createServer();
          probe.once('error', () => resolve(false));
          probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
        });
        expect(free, `port ${port}`).toBe(true);
      }
    },
  );

  it(
    'refuses a port already in use, naming the port and the setting, and edits nothing of the other',
    {
      timeout: 240_000,
    },
    async () => {
      const paths = contentTree('start-first');
      const first = await startSite(paths, 'start-first');
      running.push(first);

      // A second copy on the same CMS port would save its editor's work into the first one's folder.
      const second = await spawnStart(contentTree('start-second'), 'start-second', { cmsPort: first.cmsPort });
      expect(await second.exited).toBe(1);
      expect(second.log()).toContain(`端口 ${first.cmsPort} 已经被占用`);
      expect(second.log()).toContain(`LINLI_CMS_PORT=${first.cmsPort + 1} npm start`);

      // The site's port taken by anything else.
      const blocker = createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
      const taken = (blocker.address() as { port: number }).port;
      const third = await spawnStart(contentTree('start-third'), 'start-third', { port: taken, cms: false });
      expect(await third.exited).toBe(1);
      expect(third.log()).toContain(`端口 ${taken} 已经被占用`);
      expect(third.log()).toContain(`PORT=${taken + 1} npm start`);
      blocker.close();
      expect((await get(first, '/events/yizhen/')).status).toBe(200);
    },
  );

  it('exits with code 1 and the Chinese report when the first build fails', { timeout: 120_000 }, async () => {
    const paths = contentTree('unknown-field');
    const site = await spawnStart(paths, 'start-broken', { cms: false });
    expect(await site.exited).toBe(1);
    expect(site.log()).toContain('内容检查发现 1 处问题');
    expect(site.log()).toContain('不认识的字段「loaction」');
    expect(site.log()).toContain(startText.buildFailed);
  });
});
