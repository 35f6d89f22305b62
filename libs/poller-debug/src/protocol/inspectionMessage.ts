/**
 * The wire format between pages whose pollers run with debugging on (the publisher) and the state-chart page
 * (the reader). Plain JSON only, posted on a same-origin BroadcastChannel; nothing leaves the browser.
 */
import type { JsonValue } from './toPlainJson.ts';

/** The BroadcastChannel both sides open. */
export const INSPECTION_CHANNEL = 'vpo-live:poller-inspection';

/** Bumped on any incompatible change; readers drop messages of another version. */
export const PROTOCOL_VERSION = 1;

/** Which poller a message is about. */
export interface PollerSource {
  /** Unique per poller and page load: `<pageId>/<root actor session id>`. */
  readonly pollerId: string;
  /** Unique per page load (publisher), so two tabs on `/jobs` are told apart. */
  readonly pageId: string;
  /** The page's path and query, e.g. `/jobs?status=running`. */
  readonly page: string;
  /** The poller's name, e.g. `job-list`, `job:<id>`, `job-log:<id>`. */
  readonly resource: string;
}

/** A transition the machine took, as XState's definition names it. */
export interface TransitionRef {
  readonly source: string;
  readonly eventType: string;
  readonly targets: readonly string[];
}

/** One settled machine step: the event that arrived and the state, status and context it led to. */
export interface StepMessage {
  readonly v: typeof PROTOCOL_VERSION;
  readonly kind: 'step';
  readonly source: PollerSource;
  /** Per poller, from 0; a gap means messages were dropped. */
  readonly seq: number;
  /** Epoch ms on the publishing page. */
  readonly at: number;
  /** The event's type, and its payload as bounded JSON (large fields such as `data` are summarized). */
  readonly event: { readonly type: string; readonly detail: JsonValue };
  /** XState's state value, e.g. `{ "connected": "waiting" }`. */
  readonly value: JsonValue;
  /** `active`, `done`, `error` or `stopped`. */
  readonly status: string;
  /** The snapshot's tags (the poller tags states `fetching` and `scheduled`). */
  readonly tags: readonly string[];
  readonly context: { readonly [key: string]: JsonValue };
  /** The transitions taken to get here (empty for the initial step). */
  readonly transitions: readonly TransitionRef[];
}

/** Sent every second by a page with live pollers; a poller missing from it for a few seconds is gone. */
export interface HeartbeatMessage {
  readonly v: typeof PROTOCOL_VERSION;
  readonly kind: 'heartbeat';
  readonly pageId: string;
  readonly page: string;
  readonly at: number;
  readonly pollerIds: readonly string[];
  /** Messages this page dropped so far because it published too fast. */
  readonly dropped: number;
}

/** A poller stopped (disposed) or its page's publisher closed. */
export interface DisposeMessage {
  readonly v: typeof PROTOCOL_VERSION;
  readonly kind: 'dispose';
  readonly source: PollerSource;
  readonly at: number;
}

/** Sent by a reader that just opened: every publisher answers with each live poller's latest step. */
export interface DiscoverMessage {
  readonly v: typeof PROTOCOL_VERSION;
  readonly kind: 'discover';
  readonly at: number;
}

export type InspectionMessage = StepMessage | HeartbeatMessage | DisposeMessage | DiscoverMessage;

/** What a recorded trace holds: the steps and disposals, in arrival order. */
export type TraceEntry = StepMessage | DisposeMessage;

/** The BroadcastChannel port both sides use: the engine's (a fake in tests). */
export type { ChannelFactory, ChannelLike } from '@vpo-live/poller';
export { defaultChannelFactory } from '@vpo-live/poller';
