import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/repository';
import { sharePlan } from '../../src/lib/share-plan';
import { fixtureSite } from '../helpers/fixtures';

describe('what the share pictures show (src/lib/share-plan.ts)', () => {
  it('an activity on a volunteer platform: its 分享海报 says where to sign up, while sign-up is open', async () => {
    const content = await loadContent(fixtureSite('site'));
    const poster = (now: string) =>
      sharePlan(content, new Date(now)).pages.find((p) => p.page === '/events/xueleifeng-2027/')!;
    expect(poster('2026-11-29T12:00:00+08:00').facts).toContainEqual({
      label: '平台报名',
      text: '在「志愿汇」报名，记录志愿时长',
    });
    // Over: nothing on the picture asks anyone to sign up, on the platform or by phone.
    const over = poster('2027-03-06T12:00:00+08:00').facts.map((f) => f.label);
    expect(over).not.toContain('平台报名');
    expect(over).not.toContain('报名');
  });
});
