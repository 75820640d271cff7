import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build`; one at a time keeps them from sharing Astro's cache.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
