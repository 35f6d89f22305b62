import type { LockManagerLike } from '../tabs/browserPorts.ts';

/** An in-memory Web Locks manager shared by the fake tabs of a test. */
export interface FakeLockManager {
  /** A tab's `navigator.locks`; `crash()` frees whatever that tab holds, as the browser does when it dies. */
  tab(): LockManagerLike & { crash(): void };
  /** The tab holding `name` (its index in creation order), or `null`. */
  holder(name: string): number | null;
  /** Requests waiting for `name`. */
  waiting(name: string): number;
}

interface Request {
  tab: number;
  callback: () => Promise<void>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Exclusive locks granted in request order, one holder per name, freed when the holder's callback settles or
 * its tab crashes. Grants happen in a microtask, as the browser's do asynchronously.
 */
export function createFakeLockManager(): FakeLockManager {
  const held = new Map<string, Request>();
  const queues = new Map<string, Request[]>();
  let tabs = 0;

  const grantNext = (name: string): void => {
    if (held.has(name)) return;
    const next = queues.get(name)?.shift();
    if (!next) return;
    held.set(name, next);
    queueMicrotask(() => {
      next
        .callback()
        .then(next.resolve, next.reject)
        .finally(() => {
          if (held.get(name) !== next) return;
          held.delete(name);
          grantNext(name);
        });
    });
  };

  return {
    tab() {
      const tab = tabs++;
      return {
        request(name, options, callback) {
          return new Promise((resolve, reject) => {
            const request: Request = { tab, callback, resolve, reject };
            const signal = options.signal;
            if (signal?.aborted) return reject(signal.reason);
            signal?.addEventListener('abort', () => {
              const queue = queues.get(name) ?? [];
              const index = queue.indexOf(request);
              if (index < 0) return;
              queue.splice(index, 1);
              reject(signal.reason);
            });
            queues.set(name, [...(queues.get(name) ?? []), request]);
            grantNext(name);
          });
        },
        crash() {
          for (const [name, request] of held) {
            if (request.tab !== tab) continue;
            held.delete(name);
            grantNext(name);
          }
          for (const queue of queues.values()) {
            for (let i = queue.length - 1; i >= 0; i -= 1) if (queue[i]?.tab === tab) queue.splice(i, 1);
          }
        },
      };
    },
    holder: (name) => held.get(name)?.tab ?? null,
    waiting: (name) => queues.get(name)?.length ?? 0,
  };
}
