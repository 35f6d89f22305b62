import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { reporters } from '../../tools/vitest-reporters.ts';

/**
 * Component tests run in jsdom; tests that need no DOM say `@vitest-environment node` (faster to start, and
 * the layout tests prove ELK's bundled build runs in node too).
 */
export default defineConfig({
  plugins: [solid()],
  test: {
    name: 'statechart',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    ...reporters('statechart'),
  },
});
