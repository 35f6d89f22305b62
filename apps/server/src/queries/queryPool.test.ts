import { afterEach, describe, expect, it } from 'vitest';
import type { GatedRequest } from '../../test/gatedQuery.worker.ts';
import { QueryWorkerError } from './queryMessages.ts';
import { QueryPool } from './queryPool.ts';
import { QueryTimeoutError } from './queryTimeoutError.ts';

const WORKER = new URL('../../test/gatedQuery.worker.ts', import.meta.url);
const pools: QueryPool<GatedRequest, string>[] = [];
let gate = new SharedArrayBuffer(4);

/** A pool over the gated worker; `timeoutMs` long by default, so only the tests that want one time out. */
function pool(size = 2, timeoutMs = 60_000) {
  gate = new SharedArrayBuffer(4);
  const created = new QueryPool<GatedRequest, string>({ module: WORKER, data: { gate }, size, timeoutMs });
  pools.push(created);
  return created;
}
const openGate = () => {
  Atomics.store(new Int32Array(gate), 0, 1);
  Atomics.notify(new Int32Array(gate), 0);
};

afterEach(async () => {
  openGate();
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('QueryPool', () => {
  it('answers in worker threads, started only when first needed', async () => {
    const queries = pool();
    expect(queries.threads).toBe(0);
    expect(await queries.run({ kind: 'echo', value: 'a' })).toBe('a');
    expect(queries.threads).toBe(1);
    expect(await Promise.all([1, 2, 3].map((n) => queries.run({ kind: 'echo', value: `${n}` })))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(queries.threads).toBeLessThanOrEqual(2);
  });

  it('keeps answering on its other threads while one query is stuck', async () => {
    const queries = pool(2);
    const stuck = queries.run({ kind: 'wait' });
    expect(await queries.run({ kind: 'echo', value: 'meanwhile' })).toBe('meanwhile');
    openGate();
    expect(await stuck).toBe('released');
  });

  it('times a stuck query out, stops its thread, and answers the next query on a new one', async () => {
    const queries = pool(1);
    await expect(queries.run({ kind: 'wait' }, 50)).rejects.toBeInstanceOf(QueryTimeoutError);
    // The gate never opened: only terminating the thread frees the pool's one slot.
    expect(await queries.run({ kind: 'echo', value: 'after' })).toBe('after');
    expect(queries.threads).toBe(1);
  });

  it('counts the time spent waiting for a thread: a queued query times out too', async () => {
    const queries = pool(1);
    const stuck = queries.run({ kind: 'wait' });
    const queued = expect(queries.run({ kind: 'echo', value: 'never ran' }, 50)).rejects.toBeInstanceOf(
      QueryTimeoutError,
    );
    await queued;
    expect(queries.threads).toBe(1);
    openGate();
    expect(await stuck).toBe('released');
    expect(await queries.run({ kind: 'echo', value: 'next' })).toBe('next');
  });

  it('passes a worker’s error back with its name, message and code', async () => {
    const queries = pool();
    const error = await queries
      .run({ kind: 'throw', message: 'disk I/O error', code: 'SQLITE_IOERR' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryWorkerError);
    expect((error as QueryWorkerError).info).toEqual({
      name: 'Error',
      message: 'disk I/O error',
      code: 'SQLITE_IOERR',
    });
    expect(await queries.run({ kind: 'echo', value: 'still fine' })).toBe('still fine');
  });

  it('fails the query of a thread that exits, and replaces the thread', async () => {
    const queries = pool(1);
    await expect(queries.run({ kind: 'exit' })).rejects.toThrow(/exited/);
    expect(await queries.run({ kind: 'echo', value: 'new thread' })).toBe('new thread');
  });

  it('fails what is queued when closed', async () => {
    const queries = pool(1);
    const stuck = expect(queries.run({ kind: 'wait' })).rejects.toThrow(/exited/);
    const queued = expect(queries.run({ kind: 'echo', value: 'x' })).rejects.toThrow(/closed/);
    await queries.close();
    await Promise.all([stuck, queued]);
    await expect(queries.run({ kind: 'echo', value: 'y' })).rejects.toThrow(/closed/);
  });
});
