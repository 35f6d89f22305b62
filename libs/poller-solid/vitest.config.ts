import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { componentTests } from '../../tools/componentTestConfig.ts';

export default defineConfig({
  plugins: [solid()],
  test: componentTests('poller-solid'),
});
