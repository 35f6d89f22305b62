import type { TransitionRef } from '../protocol/inspectionMessage.ts';

/** What the publisher needs from one XState inspection event, read defensively (it arrives as `unknown`). */
export type ReadInspection =
  | {
      kind: 'snapshot';
      rootId: string;
      /** The root actor's id: the poller's `name`. */
      actorId: string | null;
      event: Record<string, unknown>;
      value: unknown;
      status: string;
      tags: string[];
      context: unknown;
    }
  | { kind: 'microstep'; rootId: string; transitions: TransitionRef[] }
  | { kind: 'other' };

/** Most transitions recorded from one microstep. */
const MAX_MICROSTEP_TRANSITIONS = 16;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function nodeId(node: unknown): string | null {
  return isRecord(node) && typeof node.id === 'string' ? node.id : null;
}

function readTransition(raw: unknown): TransitionRef | null {
  if (!isRecord(raw)) return null;
  const source = nodeId(raw.source);
  if (source === null) return null;
  const targets = Array.isArray(raw.target) ? raw.target.map(nodeId).filter((id) => id !== null) : [];
  return { source, eventType: String(raw.eventType ?? ''), targets };
}

function readTags(tags: unknown): string[] {
  const list = tags instanceof Set || Array.isArray(tags) ? [...(tags as Iterable<unknown>)] : [];
  return list.filter((tag): tag is string => typeof tag === 'string').slice(0, 16);
}

/**
 * Reads the two XState v5 inspection events the publisher uses — `@xstate.snapshot` and
 * `@xstate.microstep` of a *root* actor (the poller itself; its fetch/visibility/network children are
 * skipped) — into plain fields. Anything else is `other`.
 */
export function readInspectionEvent(raw: unknown): ReadInspection {
  if (!isRecord(raw) || typeof raw.rootId !== 'string' || !isRecord(raw.actorRef)) return { kind: 'other' };
  const actor = raw.actorRef;
  if (actor.sessionId !== raw.rootId) return { kind: 'other' };
  if (raw.type === '@xstate.microstep') {
    const list = Array.isArray(raw._transitions) ? raw._transitions.slice(0, MAX_MICROSTEP_TRANSITIONS) : [];
    const transitions = list.map(readTransition).filter((ref) => ref !== null);
    return { kind: 'microstep', rootId: raw.rootId, transitions };
  }
  if (raw.type !== '@xstate.snapshot' || !isRecord(raw.snapshot)) return { kind: 'other' };
  const { snapshot } = raw;
  return {
    kind: 'snapshot',
    rootId: raw.rootId,
    // XState falls back to the session id when an actor has no id: that is no name.
    actorId: typeof actor.id === 'string' && actor.id && actor.id !== actor.sessionId ? actor.id : null,
    event: isRecord(raw.event) ? raw.event : { type: 'unknown' },
    value: snapshot.value,
    status: typeof snapshot.status === 'string' ? snapshot.status : 'active',
    tags: readTags(snapshot.tags),
    context: snapshot.context,
  };
}
