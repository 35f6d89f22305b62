import type { ChannelFactory, ChannelLike } from '../tabs/browserPorts.ts';

/** An in-memory BroadcastChannel: every channel of the same name but the sender gets each message. */
export interface FakeChannelHub {
  readonly factory: ChannelFactory;
  /** Every message posted on a name, in order. */
  posted(name: string): unknown[];
  /** Posts as an outside page would. */
  broadcast(name: string, message: unknown): void;
  /** Channels opened and not closed. */
  open(): number;
}

/**
 * A synchronous, structured-clone-checking stand-in for BroadcastChannel: a message that cannot be cloned
 * throws, as the real one does.
 */
export function createFakeChannelHub(): FakeChannelHub {
  const channels = new Map<string, Set<FakeChannel>>();
  const log = new Map<string, unknown[]>();

  class FakeChannel implements ChannelLike {
    private readonly listeners = new Set<(event: { data: unknown }) => void>();
    constructor(private readonly name: string) {
      const set = channels.get(name) ?? new Set();
      set.add(this);
      channels.set(name, set);
    }
    postMessage(message: unknown): void {
      const copy = structuredClone(message);
      log.set(this.name, [...(log.get(this.name) ?? []), copy]);
      for (const channel of channels.get(this.name) ?? []) {
        if (channel !== this) channel.deliver(structuredClone(copy));
      }
    }
    deliver(data: unknown): void {
      for (const listener of [...this.listeners]) listener({ data });
    }
    addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
      this.listeners.delete(listener);
    }
    close(): void {
      channels.get(this.name)?.delete(this);
      this.listeners.clear();
    }
  }

  return {
    factory: (name) => new FakeChannel(name),
    posted: (name) => log.get(name) ?? [],
    broadcast(name, message) {
      for (const channel of channels.get(name) ?? []) channel.deliver(structuredClone(message));
    },
    open: () => [...channels.values()].reduce((sum, set) => sum + set.size, 0),
  };
}
