/**
 * A query worker for the pool's tests: answers at once, throws, exits, or blocks until the test opens its
 * gate (a SharedArrayBuffer) — a query exactly as slow as a test needs, with no clock involved.
 */
import { answerQueries, queryWorkerData } from '../src/queries/answerQueries.ts';

export type GatedRequest =
  | { readonly kind: 'echo'; readonly value: string }
  | { readonly kind: 'wait' }
  | { readonly kind: 'throw'; readonly message: string; readonly code?: string }
  | { readonly kind: 'exit' };

const { gate } = queryWorkerData<{ gate: SharedArrayBuffer }>();
const cell = new Int32Array(gate);

answerQueries(() => (request: GatedRequest): string => {
  switch (request.kind) {
    case 'echo':
      return request.value;
    case 'wait':
      Atomics.wait(cell, 0, 0);
      return 'released';
    case 'throw':
      throw Object.assign(new Error(request.message), { code: request.code });
    case 'exit':
      process.exit(3);
  }
});
