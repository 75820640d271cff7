import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Two test files at a time on this 2-core machine: the CMS tests spend most of their time in
    // an editor's pauses, while another file builds. Every build has an Astro cache of its own
    // (src/integrations/build.ts), free ports and folders of its own.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
