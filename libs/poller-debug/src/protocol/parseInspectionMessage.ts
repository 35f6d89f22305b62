import {
  PROTOCOL_VERSION,
  type InspectionMessage,
  type PollerSource,
  type TransitionRef,
} from './inspectionMessage.ts';
import { toPlainJson, type JsonValue } from './toPlainJson.ts';

/** Longest id/name kept from a message; anything longer is cut. */
const MAX_TEXT = 300;
/** Most transitions one step may list. */
const MAX_TRANSITIONS = 32;
/** Most poller ids one heartbeat may list. */
const MAX_POLLER_IDS = 200;

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function parseSource(value: unknown): PollerSource | null {
  if (!isRecord(value)) return null;
  const pollerId = text(value.pollerId);
  const pageId = text(value.pageId);
  const page = text(value.page);
  const resource = text(value.resource);
  if (!pollerId || pageId === null || page === null || resource === null) return null;
  return { pollerId, pageId, page, resource };
}

function parseTransitions(value: unknown): TransitionRef[] | null {
  if (!Array.isArray(value)) return null;
  const refs: TransitionRef[] = [];
  for (const item of value.slice(0, MAX_TRANSITIONS)) {
    if (!isRecord(item) || !Array.isArray(item.targets)) return null;
    const source = text(item.source);
    const eventType = text(item.eventType);
    if (source === null || eventType === null) return null;
    const targets = item.targets.map(text);
    if (targets.some((target) => target === null)) return null;
    refs.push({ source, eventType, targets: targets as string[] });
  }
  return refs;
}

function parseStep(raw: Raw): InspectionMessage | null {
  const source = parseSource(raw.source);
  const seq = finite(raw.seq);
  const at = finite(raw.at);
  const status = text(raw.status);
  const transitions = parseTransitions(raw.transitions);
  if (!source || seq === null || at === null || status === null || !transitions) return null;
  if (!isRecord(raw.event) || text(raw.event.type) === null || !isRecord(raw.context)) return null;
  // Re-bounded on the way in: a message is data from another page, never trusted to be small.
  const context = toPlainJson(raw.context) as { [key: string]: JsonValue };
  return {
    v: PROTOCOL_VERSION,
    kind: 'step',
    source,
    seq,
    at,
    event: { type: text(raw.event.type) ?? '', detail: toPlainJson(raw.event.detail) },
    value: toPlainJson(raw.value),
    status,
    tags: Array.isArray(raw.tags)
      ? raw.tags
          .slice(0, MAX_TRANSITIONS)
          .map(text)
          .filter((t) => t !== null)
      : [],
    context,
    transitions,
  };
}

/**
 * Checks a message from the channel (or a trace file) and returns it typed and bounded, or `null` when it
 * is not a message of this protocol version. Never throws: other tabs or old pages may post anything.
 */
export function parseInspectionMessage(raw: unknown): InspectionMessage | null {
  if (!isRecord(raw) || raw.v !== PROTOCOL_VERSION) return null;
  const at = finite(raw.at);
  switch (raw.kind) {
    case 'step':
      return parseStep(raw);
    case 'dispose': {
      const source = parseSource(raw.source);
      return source && at !== null ? { v: PROTOCOL_VERSION, kind: 'dispose', source, at } : null;
    }
    case 'heartbeat': {
      const pageId = text(raw.pageId);
      const page = text(raw.page);
      if (!pageId || page === null || at === null || !Array.isArray(raw.pollerIds)) return null;
      const pollerIds = raw.pollerIds.slice(0, MAX_POLLER_IDS).map(text);
      if (pollerIds.some((id) => id === null)) return null;
      const dropped = finite(raw.dropped) ?? 0;
      return {
        v: PROTOCOL_VERSION,
        kind: 'heartbeat',
        pageId,
        page,
        at,
        pollerIds: pollerIds as string[],
        dropped,
      };
    }
    case 'discover':
      return at !== null ? { v: PROTOCOL_VERSION, kind: 'discover', at } : null;
    default:
      return null;
  }
}
