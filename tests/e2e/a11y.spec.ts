/** axe-core (WCAG 2.1 A and AA) on every page type: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { pageTypes } from './helpers';

for (const [type, path] of Object.entries(pageTypes)) {
  test(`${type} (${path}) has no axe violations`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = violations.map(
      (v) =>
        `${v.id}: ${v.help}\n  ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n  ')}`,
    );
    expect(summary).toEqual([]);
  });
}
