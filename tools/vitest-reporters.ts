// Every vitest run also writes a JSON report under <root>/.reports/vitest, which `.ci/run` sums into its
// closing "N passed, N failed" line.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function reporters(project: string): { reporters: string[]; outputFile: { json: string } } {
  return {
    reporters: ['default', 'json'],
    outputFile: { json: `${root}.reports/vitest/${project}.json` },
  };
}
