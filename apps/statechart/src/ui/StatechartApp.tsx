import {
  Show,
  createEffect,
  createMemo,
  createResource,
  createSignal,
  onCleanup,
  onMount,
  untrack,
  type JSX,
} from 'solid-js';
import { activeStateIds, stateValuePath, takenTransitionIds } from '../graph/activeStates.ts';
import type { LoadedChart } from '../graph/loadPollerChart.ts';
import type { PollerRegistry } from '../live/createPollerRegistry.ts';
import type { StepMessage } from '@vpo-live/poller-debug';
import { exportTrace } from '../trace/pollerTrace.ts';
import { buildTimeline } from '../timeline/buildTimeline.ts';
import { REPLAY_VIEW, writeIndicatorView } from '@vpo-live/ui';
import { ChartHeading } from './ChartHeading.tsx';
import { ChartPanel } from './ChartPanel.tsx';
import { ContextPanel } from './ContextPanel.tsx';
import { EventLog } from './EventLog.tsx';
import { describeEventType, describeResource } from './format.ts';
import { PollerList } from './PollerList.tsx';
import { readTraceFile, type Replay } from './readTraceFile.ts';
import { ReplayControls } from './ReplayControls.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { TraceControls } from './TraceControls.tsx';
import { ViewTabs, type ViewName } from './ViewTabs.tsx';

export interface StatechartAppProps {
  registry: PollerRegistry;
  /** Lays the chart out, folded (the overview, shown first) or in full. */
  loadChart: (fold: boolean) => Promise<LoadedChart>;
  /** False where the browser has no BroadcastChannel: only replays work then. */
  live: boolean;
  download: (filename: string, text: string) => void;
  now?: () => number;
  /** The host page's header indicator: "Replay" while a trace is replayed, empty while following live. */
  indicator?: HTMLElement | null;
}

/** How long a transition just taken stays highlighted on the live chart (ms). */
const TAKEN_HIGHLIGHT_MS = 1500;

/**
 * The state-chart page: live pollers (or a loaded trace's), the machine drawn with the selected poller's
 * current state, its context and event log, trace export/import and step-by-step replay.
 */
export function StatechartApp(props: StatechartAppProps): JSX.Element {
  const now = () => (props.now ?? Date.now)();
  const [version, setVersion] = createSignal(0);
  onMount(() => onCleanup(props.registry.subscribe(() => setVersion((v) => v + 1))));

  // Folded first: the overview fits a laptop's frame with readable labels; "Show substates" lays out all.
  const [folded, setFolded] = createSignal(true);
  // (The source is an object: a resource whose source is `false` never fetches.)
  // The loader is a setting, read once.
  const loadChart = untrack(() => props.loadChart);
  const [loaded] = createResource(
    () => ({ fold: folded() }),
    ({ fold }) => loadChart(fold),
  );
  const [replay, setReplay] = createSignal<Replay | null>(null);
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [replayIndex, setReplayIndex] = createSignal(0);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [loadNote, setLoadNote] = createSignal<string | null>(null);
  const [view, setView] = createSignal<ViewName>('chart');
  const [picked, setPicked] = createSignal<{ pollerId: string; seq: number } | null>(null);

  // This page asks no server anything: its header says "Replay" while a trace is shown, and nothing else.
  createEffect(() => {
    const el = props.indicator;
    if (el) writeIndicatorView(el, replay() ? REPLAY_VIEW : null, replay() ? 'replay' : 'idle');
  });

  const livePollers = createMemo(() => (version(), props.registry.list()));
  const recorded = createMemo(() => (version(), props.registry.trace().length));
  const pollers = () => replay()?.pollers ?? livePollers();
  // Said beside the chart's heading and in the Pollers list (below the chart on most screens).
  const noPollersText = () =>
    replay()
      ? 'The trace holds no poller steps.'
      : 'No pollers yet. Open a page of this site with ?debug=poller (or set localStorage "vpo-live:debug" to "poller") in this browser.';
  const selected = createMemo(() => {
    const list = pollers();
    return list.find((entry) => entry.source.pollerId === selectedId()) ?? list[0] ?? null;
  });
  const step = createMemo<StepMessage | null>(() => {
    const entry = selected();
    if (!entry) return null;
    if (!replay()) return entry.latest;
    return entry.steps[Math.min(replayIndex(), entry.steps.length - 1)] ?? null;
  });

  const select = (pollerId: string) => {
    setSelectedId(pollerId);
    setReplayIndex(0);
  };

  const timeline = createMemo(() => (version(), buildTimeline(pollers(), now())));
  /** Picks an event: shows its diff, selects its poller and, in a replay, moves the replay to it. */
  const pickEvent = (pollerId: string, seq: number) => {
    setPicked({ pollerId, seq });
    setSelectedId(pollerId);
    const entry = pollers().find((p) => p.source.pollerId === pollerId);
    if (replay() && entry)
      setReplayIndex(
        Math.max(
          0,
          entry.steps.findIndex((s) => s.seq === seq),
        ),
      );
  };

  const onExport = () => {
    const at = now();
    const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
    props.download(`poller-trace-${stamp}.json`, exportTrace(props.registry.trace(), 'poller', at));
  };

  const onLoad = async (file: File) => {
    setLoadError(null);
    setLoadNote(null);
    const result = await readTraceFile(file);
    if (!result.ok) {
      setLoadError(result.error);
      return;
    }
    setReplay(result.replay);
    setPicked(null);
    setSelectedId(result.replay.pollers[0]?.source.pollerId ?? null);
    setReplayIndex(0);
    setLoadNote(result.note);
  };

  const backToLive = () => {
    setReplay(null);
    setPicked(null);
    setSelectedId(null);
    setLoadNote(null);
    setLoadError(null);
  };

  const description = () => {
    const current = step();
    const entry = selected();
    if (!current || !entry) return 'No poller selected.';
    const who = describeResource(entry.source.resource).label;
    return `${who}: current state ${stateValuePath(current.value) || 'unknown'}, after ${describeEventType(current.event.type)}.`;
  };

  return (
    <div class="sc-app">
      <div class="sc-bar">
        <ViewTabs view={view()} onChange={setView} />
        <TraceControls
          mode={replay() ? 'replay' : 'live'}
          recorded={recorded()}
          replayName={replay()?.name ?? null}
          onExport={onExport}
          onLoad={(file) => void onLoad(file)}
          onBackToLive={backToLive}
          error={loadError()}
          note={loadNote()}
        />
      </div>
      <Show when={!props.live && !replay()}>
        <p class="sc-error" role="alert">
          This browser has no BroadcastChannel, so live pollers cannot be shown. Load a trace to replay it.
        </p>
      </Show>
      <Show when={view() === 'timeline'}>
        <TimelineSection
          timeline={timeline()}
          pollers={pollers()}
          selected={selected()}
          picked={picked()}
          onPick={pickEvent}
        />
      </Show>
      <div class="sc-layout" id="sc-view-chart" hidden={view() !== 'chart'}>
        <section class="sc-main" aria-labelledby="sc-chart-heading">
          <Show when={replay() && selected()}>
            {(entry) => (
              <ReplayControls
                index={Math.min(replayIndex(), entry().steps.length - 1)}
                count={entry().steps.length}
                onChange={setReplayIndex}
              />
            )}
          </Show>
          <Show
            when={loaded.state === 'ready' || loaded.state === 'refreshing' ? loaded.latest : undefined}
            fallback={
              <>
                <h2 id="sc-chart-heading">State chart</h2>
                <p class="sc-empty" role="status">
                  {loaded.error
                    ? `The chart could not be laid out: ${String(loaded.error)}`
                    : 'Laying out the chart…'}
                </p>
              </>
            }
          >
            {(chart) => (
              <ChartPanel
                chart={chart().chart}
                activeIds={activeStateIds(chart().definition, step()?.value)}
                takenIds={takenTransitionIds(chart().definition, step()?.transitions ?? [])}
                takenForMs={replay() ? null : TAKEN_HIGHLIGHT_MS}
                description={description()}
                stepKey={`${selected()?.source.pollerId ?? ''}#${step()?.seq ?? -1}`}
                folded={folded()}
                onFoldedChange={setFolded}
                heading={<ChartHeading entry={selected()} emptyText={noPollersText()} />}
              />
            )}
          </Show>
        </section>
        <section class="sc-side" aria-labelledby="sc-pollers-heading">
          <h2 id="sc-pollers-heading">Pollers</h2>
          <PollerList
            pollers={pollers()}
            selectedId={selected()?.source.pollerId ?? null}
            onSelect={select}
            liveText={replay() ? 'running at end of trace' : 'live'}
            emptyText={noPollersText()}
          />
          <h2>Context</h2>
          <ContextPanel step={step()} />
        </section>
        <section class="sc-events" aria-labelledby="sc-events-heading">
          <h2 id="sc-events-heading">Event log</h2>
          <EventLog
            steps={selected()?.steps ?? []}
            evicted={selected()?.evictedSteps ?? 0}
            currentSeq={replay() ? (step()?.seq ?? null) : null}
            onPick={
              replay()
                ? (seq) => setReplayIndex(Math.max(0, selected()?.steps.findIndex((s) => s.seq === seq) ?? 0))
                : undefined
            }
          />
        </section>
      </div>
    </div>
  );
}
