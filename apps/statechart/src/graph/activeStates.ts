import type { TransitionRef } from '@vpo-live/poller-debug';
import type { JsonValue } from '@vpo-live/poller-debug';
import type { ChartDefinition, ChartState } from './chartDefinition.ts';

/**
 * The ids of the states a state value makes active, root included: `{ connected: 'waiting' }` →
 * `poller`, `poller.connected`, `poller.connected.waiting`. Keys the machine does not have are ignored, so a
 * trace from another version of the machine highlights what still matches.
 */
export function activeStateIds(definition: ChartDefinition, value: JsonValue | undefined): Set<string> {
  const byId = new Map(definition.states.map((state) => [state.id, state]));
  const active = new Set<string>();
  const childByKey = (parent: ChartState, key: string): ChartState | undefined =>
    parent.childIds.map((id) => byId.get(id)).find((child) => child?.key === key);

  const visit = (node: ChartState, inner: JsonValue | undefined): void => {
    active.add(node.id);
    if (typeof inner === 'string') {
      const child = childByKey(node, inner);
      if (child) active.add(child.id);
    } else if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const [key, next] of Object.entries(inner)) {
        const child = childByKey(node, key);
        if (child) visit(child, next);
      }
    }
  };
  const root = byId.get(definition.rootId);
  if (root && value !== undefined && value !== null) visit(root, value);
  return active;
}

/** `{ connected: 'waiting' }` → `connected.waiting` (parallel regions joined with `, `). */
export function stateValuePath(value: JsonValue | undefined): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
  return Object.entries(value)
    .map(([key, inner]) => {
      const rest = stateValuePath(inner);
      return rest ? `${key}.${rest}` : key;
    })
    .join(', ');
}

/** The chart's transitions that match the transitions a step reports as taken. */
export function takenTransitionIds(definition: ChartDefinition, refs: readonly TransitionRef[]): Set<string> {
  const ids = new Set<string>();
  for (const ref of refs) {
    const targets = [...ref.targets].sort().join('|');
    const match = definition.transitions.find(
      (t) =>
        t.sourceId === ref.source &&
        t.eventType === ref.eventType &&
        [...t.targetIds].sort().join('|') === targets,
    );
    if (match) ids.add(match.id);
  }
  return ids;
}
