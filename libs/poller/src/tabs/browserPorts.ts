/**
 * The two browser APIs that let the tabs of one browser profile cooperate, as the engine uses them — small
 * enough to fake in tests, and `null` where the browser lacks them (each tab then polls on its own).
 */

/** A BroadcastChannel: messages reach every other channel of the same name on the origin. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Opens a channel by name. */
export type ChannelFactory = (name: string) => ChannelLike;

/**
 * The Web Locks API's `navigator.locks`: `request` calls `callback` once the lock is granted and holds it until
 * the promise the callback returns settles; the browser frees it when the tab closes or crashes. Aborting
 * `signal` withdraws a request not yet granted (the returned promise rejects).
 */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/** The browser's BroadcastChannel, or `null` where there is none. */
export function defaultChannelFactory(): ChannelFactory | null {
  const Channel = (globalThis as { BroadcastChannel?: new (name: string) => ChannelLike }).BroadcastChannel;
  return Channel ? (name) => new Channel(name) : null;
}

/** `navigator.locks`, or `null` where there is none (an insecure context, an old browser). */
export function defaultLockManager(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}
