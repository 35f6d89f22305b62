import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../tools/vitest-reporters.ts';

/** Unit tests of the dashboard benchmark's own pieces: `cd bench && npx vitest run --config dashboard/vitest.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'bench-dashboard',
    environment: 'node',
    include: ['*.test.ts', 'page/*.test.ts'],
    ...reporters('bench-dashboard'),
  },
});
