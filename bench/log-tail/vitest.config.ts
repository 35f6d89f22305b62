import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../tools/vitest-reporters.ts';

/** Unit tests of the log tail benchmark's report: `cd bench && npx vitest run --config log-tail/vitest.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'bench-log-tail',
    environment: 'node',
    include: ['*.test.ts'],
    ...reporters('bench-log-tail'),
  },
});
