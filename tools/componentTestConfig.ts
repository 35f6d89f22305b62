// The one test setup of every Solid project (jsdom component tests): each project's vitest.config.ts spreads
// `componentTests(name)` into its `test` block.
import { fileURLToPath } from 'node:url';
import { reporters } from './vitest-reporters.ts';

const warmUp = fileURLToPath(new URL('./warmUpDomQueries.ts', import.meta.url));

/**
 * Component tests use fake time, so none of them waits on the clock; what they spend is CPU. The timeout is
 * therefore a hang detector, not a speed limit: 30 s is ten times the slowest test on a 2-core machine with
 * two CPU-bound processes beside the suite. One-time costs of the DOM stack are paid in setup (see
 * warmUpDomQueries.ts), not by whichever test happens to run first.
 */
export function componentTests(name: string) {
  return {
    name,
    environment: 'jsdom' as const,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [warmUp, './src/test-setup.ts'],
    testTimeout: 30_000,
    ...reporters(name),
  };
}
