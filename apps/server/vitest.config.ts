import { defineConfig } from 'vitest/config';
import { reporters } from '../../tools/vitest-reporters.ts';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    ...reporters('server'),
  },
});
