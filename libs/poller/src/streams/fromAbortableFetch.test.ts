import { describe, expect, it } from 'vitest';
import { fromAbortableFetch } from './fromAbortableFetch.ts';

describe('fromAbortableFetch', () => {
  it('emits the resolved value and completes', async () => {
    const events: string[] = [];
    fromAbortableFetch(async () => 'body').subscribe({
      next: (v) => events.push(`next ${v}`),
      complete: () => events.push('complete'),
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toEqual(['next body', 'complete']);
  });

  it('aborts the request when unsubscribed before it settles', () => {
    let signal: AbortSignal | undefined;
    const sub = fromAbortableFetch((a) => {
      signal = a.signal;
      return new Promise<never>(() => undefined);
    }).subscribe();
    expect(signal?.aborted).toBe(false);
    sub.unsubscribe();
    expect(signal?.aborted).toBe(true);
  });

  it('does not abort a request that already settled', async () => {
    let signal: AbortSignal | undefined;
    const sub = fromAbortableFetch(async (a) => {
      signal = a.signal;
      return 1;
    }).subscribe();
    await Promise.resolve();
    await Promise.resolve();
    sub.unsubscribe();
    expect(signal?.aborted).toBe(false);
  });

  it('hands out an already aborted signal when it is first read after the subscriber left', async () => {
    let read: () => AbortSignal = () => new AbortController().signal;
    const sub = fromAbortableFetch((a) => {
      read = () => a.signal;
      return new Promise<never>(() => undefined);
    }).subscribe();
    sub.unsubscribe();
    expect(read().aborted).toBe(true);
  });

  it('turns a rejection and a synchronous throw into errors', async () => {
    const errors: unknown[] = [];
    fromAbortableFetch(() => Promise.reject(new Error('reset'))).subscribe({ error: (e) => errors.push(e) });
    fromAbortableFetch(() => {
      throw new Error('sync');
    }).subscribe({ error: (e) => errors.push(e) });
    await Promise.resolve();
    await Promise.resolve();
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['reset', 'sync']);
  });

  it('starts one request per subscription', () => {
    let calls = 0;
    const request$ = fromAbortableFetch(() => {
      calls += 1;
      return new Promise<never>(() => undefined);
    });
    request$.subscribe().unsubscribe();
    request$.subscribe().unsubscribe();
    expect(calls).toBe(2);
  });
});
