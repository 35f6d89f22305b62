import { defineConfig } from 'vitest/config';
import { reporters } from '../tools/vitest-reporters.ts';

/**
 * The end-to-end suite: the real server (spawned through its CLI) and the built remotes in Debian's Chromium.
 * Named e2e.config.ts so it is never mistaken for a unit-test config. Files run one at a time: each starts
 * its own server and browser, and the machine is small.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['src/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    ...reporters('e2e'),
  },
});
