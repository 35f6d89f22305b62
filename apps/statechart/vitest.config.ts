import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { componentTests } from '../../tools/componentTestConfig.ts';

/**
 * Component tests run in jsdom; tests that need no DOM say `@vitest-environment node` (faster to start, and
 * the layout tests prove ELK's bundled build runs in node too).
 */
export default defineConfig({
  plugins: [solid()],
  test: componentTests('statechart'),
});
