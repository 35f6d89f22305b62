import { createMemo, type JSX } from 'solid-js';
import type { PollerEntry } from '../live/createPollerRegistry.ts';
import type { Timeline } from '../timeline/buildTimeline.ts';
import { ContextDiff } from './ContextDiff.tsx';
import { EventLog } from './EventLog.tsx';
import { describeResource } from './format.ts';
import { TimelineView } from './TimelineView.tsx';

export interface TimelineSectionProps {
  timeline: Timeline;
  /** The pollers drawn (live or replayed), where the picked event is looked up. */
  pollers: readonly PollerEntry[];
  /** The selected poller, whose events are listed. */
  selected: PollerEntry | null;
  /** The picked event, if any. */
  picked: { pollerId: string; seq: number } | null;
  onPick: (pollerId: string, seq: number) => void;
}

/** The timeline view: every poller on one time axis, the picked event's context diff and its poller's events. */
export function TimelineSection(props: TimelineSectionProps): JSX.Element {
  /** The picked event's step and the one before it, for the diff. */
  const pickedSteps = createMemo(() => {
    const at = props.picked;
    const entry = at ? props.pollers.find((p) => p.source.pollerId === at.pollerId) : undefined;
    const index = entry?.steps.findIndex((s) => s.seq === at?.seq) ?? -1;
    if (!entry || index < 0) return { step: null, previous: null };
    return { step: entry.steps[index] ?? null, previous: entry.steps[index - 1] ?? null };
  });

  return (
    <section class="sc-timeline-view" id="sc-view-timeline" aria-labelledby="sc-timeline-heading">
      <h2 id="sc-timeline-heading">Timeline of every poller</h2>
      <TimelineView timeline={props.timeline} selected={props.picked} onSelect={props.onPick} />
      <div class="sc-timeline-details">
        <div>
          <h2>What the event changed</h2>
          <ContextDiff step={pickedSteps().step} previous={pickedSteps().previous} />
        </div>
        <div>
          <h2>
            Events of{' '}
            {props.selected ? describeResource(props.selected?.source.resource ?? '').label : 'the poller'}
          </h2>
          <EventLog
            steps={props.selected?.steps ?? []}
            evicted={props.selected?.evictedSteps ?? 0}
            currentSeq={
              props.picked?.pollerId === props.selected?.source.pollerId ? (props.picked?.seq ?? null) : null
            }
            onPick={(seq) => {
              const id = props.selected?.source.pollerId;
              if (id) props.onPick(id, seq);
            }}
          />
        </div>
      </div>
    </section>
  );
}
