import { defineConfig } from 'vitest/config';
import { reporters } from '../../tools/vitest-reporters.ts';

export default defineConfig({
  test: {
    name: 'poller-debug',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    ...reporters('poller-debug'),
  },
});
