import { expect, it } from 'vitest';
import { fieldReference } from '../../src/content/docs';

it('docs/content-fields.md matches the content model', async () => {
  await expect(fieldReference()).toMatchFileSnapshot('../../docs/content-fields.md');
});
