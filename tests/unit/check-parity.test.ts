/**
 * The CMS's check before saving and the build's check are one function: the same broken entry,
 * written as a file for the build and handed over as form values to the CMS, gets the same
 * problems in the same words.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problemsBeforeSave } from '../../src/admin/validate';
import { ContentError, type ContentProblem } from '../../src/content/problems';
import { loadContent } from '../../src/content/repository';
import { contentTree } from '../helpers/fixtures';

const valid = 'title: 义诊\ndate: 2027-01-01\nstart: 2027-03-05 09:00\nlocation: 服务中心\ncategory: health\n';

const broken: [string, string][] = [
  ['a misspelt field', valid.replace('location:', 'loaction:')],
  ['a blank title', valid.replace('title: 义诊', 'title:')],
  ['an end before the start', `${valid}end: 2027-03-05 08:00\n`],
  ['a deadline after the start', `${valid}deadline: 2027-03-06 08:00\n`],
  ['a date that does not exist', valid.replace('2027-03-05 09:00', '2027-02-30 09:00')],
  ['a status that is not an option', `${valid}status: 取消\n`],
  ['an all-digit slug', `${valid}slug: "2027"\n`],
  ['a Chinese slug', `${valid}slug: 社区义诊\n`],
  ['a cover without its description', `${valid}cover: /uploads/wechat-qr.png\n`],
  ['a summary that is too long', `${valid}summary: ${'长'.repeat(121)}\n`],
  ['a phone that is not a phone', `${valid}contact:\n  name: 王\n  phone: 打我电话\n`],
  ['two mistakes at once', `${valid.replace('title: 义诊', 'title:')}end: 2027-03-05 08:00\n`],
];

const words = (list: ContentProblem[]) =>
  list.map(({ field, label, message, fix }) => ({ field, label, message, fix }));

describe('one content check for the build and the CMS', () => {
  it.each(broken)('%s', async (_name, front) => {
    const paths = contentTree('parity');
    const file = 'content/events/yizhen.md';
    writeFileSync(`${paths.contentDir}/events/yizhen.md`, `---\n${front}---\n正文\n`);
    const build = await loadContent(paths).then(
      () => [],
      (e: unknown) => {
        expect(e).toBeInstanceOf(ContentError);
        return (e as ContentError).problems;
      },
    );
    const cms = problemsBeforeSave('events', { ...(parse(front, { schema: 'core' }) as object), body: '正文' }, file);
    expect(build.length).toBeGreaterThan(0);
    expect(words(cms)).toEqual(words(build));
    for (const p of build) expect(p.file).toBe(file);
  });
});
