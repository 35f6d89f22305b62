import {
  INSPECTION_CHANNEL,
  PROTOCOL_VERSION,
  defaultChannelFactory,
  type ChannelFactory,
} from '@vpo-live/poller-debug';
import { parseInspectionMessage } from '@vpo-live/poller-debug';
import type { PollerRegistry } from './createPollerRegistry.ts';

export interface InspectionChannelOptions {
  registry: PollerRegistry;
  /** Default: the browser's BroadcastChannel. */
  createChannel?: ChannelFactory;
  channel?: string;
  now?: () => number;
  /** Least time between two `discover` requests (default 1000 ms). */
  discoverEveryMs?: number;
}

/**
 * Feeds the registry from the inspection channel: every valid message is applied, anything else ignored.
 * Asks the pages for their pollers' latest steps (`discover`) on connect, and again (at most once per
 * second) when a heartbeat names a poller not seen yet. Returns the function that disconnects, or `null`
 * where the browser has no BroadcastChannel.
 */
export function connectInspectionChannel(options: InspectionChannelOptions): (() => void) | null {
  const factory = options.createChannel ?? defaultChannelFactory();
  if (!factory) return null;
  const channel = factory(options.channel ?? INSPECTION_CHANNEL);
  const now = options.now ?? Date.now;
  const every = options.discoverEveryMs ?? 1000;
  let lastDiscover = -Infinity;

  const discover = (): void => {
    const at = now();
    if (at - lastDiscover < every) return;
    lastDiscover = at;
    channel.postMessage({ v: PROTOCOL_VERSION, kind: 'discover', at });
  };
  const onMessage = (event: { data: unknown }): void => {
    const message = parseInspectionMessage(event.data);
    if (message && options.registry.receive(message)) discover();
  };

  channel.addEventListener('message', onMessage);
  discover();
  return () => {
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
