import {
  INSPECTION_CHANNEL,
  PROTOCOL_VERSION,
  defaultChannelFactory,
  type ChannelFactory,
  type ChannelLike,
  type InspectionMessage,
  type PollerSource,
  type StepMessage,
  type TransitionRef,
} from '../protocol/inspectionMessage.ts';
import { parseInspectionMessage } from '../protocol/parseInspectionMessage.ts';
import { toPlainJson } from '../protocol/toPlainJson.ts';
import { readInspectionEvent } from './readInspectionEvent.ts';

/** Timers the publisher uses for its heartbeat (injected in tests). */
export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface InspectionPublisherOptions {
  /** Channel name (default {@link INSPECTION_CHANNEL}). */
  channel?: string;
  /** Opens the channel (default: the browser's BroadcastChannel). */
  createChannel?: ChannelFactory;
  /** The page shown in the visualizer (default `location.pathname + location.search`). */
  page?: string;
  /** Name for pollers created without a `name` (default `poller`). */
  resource?: string;
  /** Identifies this page load (default: a random id). */
  pageId?: string;
  /** Heartbeat period in ms (default 1000). */
  heartbeatMs?: number;
  /** Most messages posted per second; more are dropped and counted (default 50). */
  maxMessagesPerSecond?: number;
  /** Context/event keys summarized instead of copied (default `['data']`: a poller's response body). */
  omitKeys?: readonly string[];
  now?: () => number;
  timers?: IntervalTimers;
}

/** Publishes the XState inspection events of any number of pollers on one page. */
export interface InspectionPublisher {
  /** Pass as `createPoller({ inspect })`; one publisher serves every poller of the page. */
  readonly inspect: (event: unknown) => void;
  /** Announces every poller it knows as gone, stops its heartbeat and closes the channel. Idempotent. */
  dispose(): void;
}

interface LivePoller {
  source: PollerSource;
  seq: number;
  latest: StepMessage | null;
  /** Transitions taken since the last step (bounded). */
  pending: TransitionRef[];
}

const MAX_PENDING_TRANSITIONS = 32;

function randomId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2, 12);
}

function currentPage(): string {
  const location = (globalThis as { location?: { pathname: string; search: string } }).location;
  return location ? `${location.pathname}${location.search}` : '';
}

/**
 * A publisher of poller inspection events on a same-origin BroadcastChannel, for the state-chart page. Per
 * poller it posts one `step` per settled macrostep (event, state value, status, context as bounded JSON and
 * the transitions taken), a `dispose` when the poller stops, a heartbeat every second listing live pollers,
 * and answers a reader's `discover` with each poller's latest step. Memory is bounded: only the latest step
 * per live poller is kept, and at most `maxMessagesPerSecond` messages are posted (the rest are counted).
 * Create it only when debugging is on (see `createDebugInspector`): without one, pollers pay nothing.
 *
 * @example
 * const publisher = createInspectionPublisher({ page: '/jobs' });
 * const poller = createPoller({ fetch, config, name: 'job-list', inspect: publisher.inspect });
 * // on unmount: poller.dispose(); publisher.dispose();
 */
export function createInspectionPublisher(options: InspectionPublisherOptions = {}): InspectionPublisher {
  const factory = options.createChannel ?? defaultChannelFactory();
  const channel: ChannelLike | null = factory ? factory(options.channel ?? INSPECTION_CHANNEL) : null;
  const now = options.now ?? Date.now;
  const timers: IntervalTimers = options.timers ?? {
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  };
  const pageId = options.pageId ?? randomId();
  const page = options.page ?? currentPage();
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const maxPerSecond = options.maxMessagesPerSecond ?? 50;
  const omitKeys = options.omitKeys ?? ['data'];
  const pollers = new Map<string, LivePoller>();
  let heartbeat: unknown = null;
  let disposed = false;
  let windowStart = -Infinity;
  let sentInWindow = 0;
  let dropped = 0;

  const post = (message: InspectionMessage, essential = false): void => {
    if (!channel) return;
    const at = now();
    if (at - windowStart >= 1000) {
      windowStart = at;
      sentInWindow = 0;
    }
    // Dispose messages always go out: a missed one would leave a poller "live" until its heartbeat times out.
    if (!essential && sentInWindow >= maxPerSecond) {
      dropped += 1;
      return;
    }
    sentInWindow += 1;
    try {
      channel.postMessage(message);
    } catch {
      dropped += 1;
    }
  };

  const sendHeartbeat = (): void => {
    post(
      {
        v: PROTOCOL_VERSION,
        kind: 'heartbeat',
        pageId,
        page,
        at: now(),
        pollerIds: [...pollers.keys()],
        dropped,
      },
      true,
    );
  };

  const updateHeartbeat = (): void => {
    if (pollers.size > 0 && heartbeat === null && !disposed) {
      heartbeat = timers.setInterval(sendHeartbeat, heartbeatMs);
    } else if ((pollers.size === 0 || disposed) && heartbeat !== null) {
      timers.clearInterval(heartbeat);
      heartbeat = null;
    }
  };

  const onMessage = (event: { data: unknown }): void => {
    const message = parseInspectionMessage(event.data);
    if (message?.kind !== 'discover') return;
    for (const poller of pollers.values()) if (poller.latest) post(poller.latest, true);
    if (pollers.size > 0) sendHeartbeat();
  };
  channel?.addEventListener('message', onMessage);

  const inspect = (raw: unknown): void => {
    if (disposed) return;
    const read = readInspectionEvent(raw);
    if (read.kind === 'other') return;
    const pollerId = `${pageId}/${read.rootId}`;
    let poller = pollers.get(pollerId);
    if (!poller) {
      const resource = options.resource ?? 'poller';
      poller = { source: { pollerId, pageId, page, resource }, seq: 0, latest: null, pending: [] };
      pollers.set(pollerId, poller);
    }
    if (read.kind === 'microstep') {
      poller.pending = [...poller.pending, ...read.transitions].slice(-MAX_PENDING_TRANSITIONS);
      return;
    }
    if (read.actorId && read.actorId !== poller.source.resource) {
      poller.source = { ...poller.source, resource: read.actorId };
    }
    const { type, ...detail } = read.event;
    const step: StepMessage = {
      v: PROTOCOL_VERSION,
      kind: 'step',
      source: poller.source,
      seq: poller.seq,
      at: now(),
      event: { type: String(type), detail: toPlainJson(detail, { omitKeys }) },
      value: toPlainJson(read.value),
      status: read.status,
      tags: read.tags,
      context: toPlainJson(read.context, { omitKeys }) as StepMessage['context'],
      transitions: poller.pending,
    };
    poller.seq += 1;
    poller.pending = [];
    poller.latest = step;
    post(step);
    if (read.status !== 'active') {
      pollers.delete(pollerId);
      post({ v: PROTOCOL_VERSION, kind: 'dispose', source: poller.source, at: now() }, true);
    }
    updateHeartbeat();
  };

  return {
    inspect,
    dispose() {
      if (disposed) return;
      for (const poller of pollers.values()) {
        post({ v: PROTOCOL_VERSION, kind: 'dispose', source: poller.source, at: now() }, true);
      }
      disposed = true;
      pollers.clear();
      updateHeartbeat();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
