import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { reporters } from '../../tools/vitest-reporters.ts';

export default defineConfig({
  plugins: [solid()],
  test: {
    name: 'job-detail',
    environment: 'jsdom',
    // Component tests drive many fake-timer steps; leave room on a busy 2-core machine.
    testTimeout: 15_000,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    ...reporters('job-detail'),
  },
});
