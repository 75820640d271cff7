/**
 * The CI examples in deploy/ci/ do what the README tells a maintainer to do (npm ci, npm run build),
 * on a Node that package.json accepts, and upload in the order that never leaves a page pointing
 * at a file not yet uploaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/fixtures';

const read = (name: string) => readFileSync(path.join(projectRoot, 'deploy/ci', name), 'utf8');
const engines = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).engines.node as string;
const minimumMajor = Number(/(\d+)/.exec(engines)![1]);

/** The commands a workflow runs, in order. */
function gitea(): string[] {
  const wf = parse(read('gitea-actions.yml'));
  const steps = Object.values(wf.jobs as Record<string, { steps: { run?: string }[] }>)[0]!.steps;
  return steps.flatMap((s) => (s.run ? s.run.split('\n').filter(Boolean) : []));
}
function gitlab(): string[] {
  const wf = parse(read('gitlab-ci.yml'));
  return [...wf.build.script, ...wf.deploy.script];
}

describe.each([
  ['Gitea Actions', gitea],
  ['GitLab CI', gitlab],
])('%s example', (_name, commands) => {
  it('installs and builds as the README says, then uploads dist/ assets first and pages last', () => {
    const run = commands().map((c) => c.trim());
    const at = (pattern: RegExp) => run.findIndex((c) => pattern.test(c));
    expect(at(/^npm ci$/)).toBeGreaterThanOrEqual(0);
    expect(at(/^npm run build$/)).toBeGreaterThan(at(/^npm ci$/));
    const assets = at(/^rsync .*--exclude '\*\.html'.* dist\/ /);
    const pages = at(/^rsync .*--delete-after dist\/ /);
    expect(assets).toBeGreaterThan(at(/^npm run build$/));
    expect(pages).toBeGreaterThan(assets);
    expect(run[assets]).not.toContain('--delete');
  });
});

it('run on a Node version package.json accepts, only for the publishing branch', () => {
  const wf = parse(read('gitea-actions.yml'));
  const setup = wf.jobs.publish.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node'));
  expect(Number(setup.with['node-version'])).toBeGreaterThanOrEqual(minimumMajor);
  expect(wf.on.push.branches).toEqual(['main']);
  const lab = parse(read('gitlab-ci.yml'));
  expect(Number(/node:(\d+)/.exec(lab.build.image)![1])).toBeGreaterThanOrEqual(minimumMajor);
  expect(lab.build.rules[0].if).toContain('"main"');
});
