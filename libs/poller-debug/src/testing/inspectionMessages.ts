import {
  PROTOCOL_VERSION,
  type DisposeMessage,
  type HeartbeatMessage,
  type PollerSource,
  type StepMessage,
} from '../index.ts';
import type { JsonValue } from '../index.ts';

/** A poller source for tests: `page-1/x:<n>` on `/jobs`. */
export function sourceOf(n: number, overrides: Partial<PollerSource> = {}): PollerSource {
  return { pollerId: `page-1/x:${n}`, pageId: 'page-1', page: '/jobs', resource: 'job-list', ...overrides };
}

/** A step message for tests. */
export function stepOf(
  source: PollerSource,
  seq: number,
  options: {
    at?: number;
    value?: JsonValue;
    event?: string;
    context?: Record<string, JsonValue>;
    tags?: string[];
  } = {},
): StepMessage {
  return {
    v: PROTOCOL_VERSION,
    kind: 'step',
    source,
    seq,
    at: options.at ?? 1_000 + seq,
    event: { type: options.event ?? 'FETCH.OK', detail: {} },
    value: options.value ?? { connected: 'waiting' },
    status: 'active',
    tags: options.tags ?? [],
    context: options.context ?? { errorCount: 0 },
    transitions: [],
  };
}

export function heartbeatOf(pageId: string, pollerIds: string[], at = 0, dropped = 0): HeartbeatMessage {
  return { v: PROTOCOL_VERSION, kind: 'heartbeat', pageId, page: '/jobs', at, pollerIds, dropped };
}

export function disposeOf(source: PollerSource, at = 0): DisposeMessage {
  return { v: PROTOCOL_VERSION, kind: 'dispose', source, at };
}
