/**
 * `npm test`'s first step (scripts/system-packages.mjs) against a fake Debian: `dpkg-query` and
 * `apt-get` on the PATH are shell scripts that read and write a list of installed packages, and
 * write down every call.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePackages, missingPackages, SYSTEM_PACKAGES, sudoLine } from '../../scripts/system-packages.mjs';
import { systemText } from '../../src/i18n/system-packages';
import { projectRoot } from '../helpers/fixtures';

const dir = path.join(projectRoot, '.tmp/unit-system-packages');

/** A fake machine with `installed` packages; returns its PATH and where it logs apt-get calls. */
function machine(installed: string[]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const state = path.join(dir, 'installed');
  const calls = path.join(dir, 'apt-get.log');
  writeFileSync(state, installed.map((p) => `${p}\n`).join(''));
  writeFileSync(calls, '');
  const script = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  // dpkg-query -W -f '<format>' pkg…: a line per package it knows; unknown ones go to stderr.
  script(
    'dpkg-query',
    `shift 3; for p in "$@"; do if grep -qx "$p" "${state}"; then echo "$p installed"; ` +
      `else echo "dpkg-query: no packages found matching $p" >&2; fi; done; exit 0`,
  );
  script(
    'apt-get',
    `echo "$DEBIAN_FRONTEND $*" >> "${calls}"; ` +
      `if [ "$1" = install ]; then for p in "$@"; do ` +
      `case "$p" in -*|install) ;; *) echo "$p" >> "${state}";; esac; done; fi`,
  );
  const env = { ...process.env, PATH: `${dir}:${process.env.PATH}` };
  let said = '';
  const write = (text: string) => (said += text);
  return { env, write, said: () => said, calls: () => readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('the Debian packages npm test needs', () => {
  it('are the four the tests use', () => {
    expect(SYSTEM_PACKAGES).toEqual(['chromium', 'fonts-noto-cjk', 'nginx', 'libnginx-mod-http-brotli-static']);
  });

  it('nothing missing: nothing installed, nothing said', () => {
    const m = machine(SYSTEM_PACKAGES);
    expect(missingPackages(SYSTEM_PACKAGES, m.env)).toEqual([]);
    expect(ensurePackages({ env: m.env, uid: 1000, write: m.write })).toBe(true);
    expect(m.said()).toBe('');
    expect(m.calls()).toEqual([]);
  });

  it('some missing, as root: apt-get update, then one install and one line per package', () => {
    const m = machine(['fonts-noto-cjk', 'nginx']);
    expect(missingPackages(SYSTEM_PACKAGES, m.env)).toEqual(['chromium', 'libnginx-mod-http-brotli-static']);
    expect(ensurePackages({ env: m.env, uid: 0, write: m.write })).toBe(true);
    expect(m.calls()).toEqual([
      'noninteractive update -q',
      'noninteractive install -y -q chromium',
      'noninteractive install -y -q libnginx-mod-http-brotli-static',
    ]);
    const lines = m.said().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^安装 chromium（端到端测试用的浏览器）… 完成，用时 \d+ 秒$/);
    expect(lines[2]).toContain('libnginx-mod-http-brotli-static');
    expect(missingPackages(SYSTEM_PACKAGES, m.env)).toEqual([]);
  });

  it('some missing, not as root: the one sudo apt-get line, and a stop within seconds', () => {
    const m = machine(['nginx']);
    const started = performance.now();
    expect(ensurePackages({ env: m.env, uid: 1000, write: m.write })).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(m.calls()).toEqual([]);
    const line = sudoLine(['chromium', 'fonts-noto-cjk', 'libnginx-mod-http-brotli-static']);
    expect(line).toBe(
      'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk libnginx-mod-http-brotli-static',
    );
    expect(
      m
        .said()
        .split('\n')
        .filter((l) => l.includes('apt-get')),
    ).toEqual([`  ${line}`]);
    expect(m.said()).toContain(systemText.notRoot(['chromium', 'fonts-noto-cjk', 'libnginx-mod-http-brotli-static']));
  });

  it('a failed install says which package and what apt-get said', () => {
    const m = machine([]);
    writeFileSync(
      path.join(dir, 'apt-get'),
      '#!/bin/sh\n[ "$1" = update ] && exit 0\necho "E: Unable to locate package $4"; exit 100\n',
    );
    expect(ensurePackages({ env: m.env, uid: 0, write: m.write })).toBe(false);
    expect(m.said()).toContain('安装 chromium 失败');
    expect(m.said()).toContain('E: Unable to locate package chromium');
  });
});
