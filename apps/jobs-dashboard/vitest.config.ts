import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { reporters } from '../../tools/vitest-reporters.ts';

export default defineConfig({
  plugins: [solid()],
  test: {
    name: 'jobs-dashboard',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    ...reporters('jobs-dashboard'),
  },
});
