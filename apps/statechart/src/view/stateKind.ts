import { connectionView, type ConnectionModifier } from '@vpo-live/ui';
import type { PositionedState } from '../graph/positionedChart.ts';

/**
 * What kind of state a chart state is, said the way the page's connection indicator says it: the
 * indicator's class modifier of its top-level state (`connected`, `reconnecting` — also `idle` and
 * `throttled` —, `error`, `paused` — also `terminal`). The chart colours an active state with the
 * indicator's own classes, so both always agree. `null` for the root.
 *
 * @example stateKind(state('poller.error.waiting'), byId) // 'error'
 */
export function stateKind(
  state: PositionedState,
  byId: ReadonlyMap<string, PositionedState>,
): ConnectionModifier | null {
  let top = state;
  for (;;) {
    const parent = top.parentId === null ? undefined : byId.get(top.parentId);
    if (!parent || parent.parentId === null) break;
    top = parent;
  }
  if (top.parentId === null) return null;
  return connectionView(top.key).modifier;
}
