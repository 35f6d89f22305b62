import { Show, createMemo, createResource, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { activeStateIds, stateValuePath, takenTransitionIds } from '../graph/activeStates.ts';
import type { LoadedChart } from '../graph/loadPollerChart.ts';
import type { PollerEntry, PollerRegistry } from '../live/createPollerRegistry.ts';
import type { StepMessage } from '@vpo-live/poller-debug';
import { buildReplay } from '../trace/buildReplay.ts';
import { exportTrace, importTrace } from '../trace/pollerTrace.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { ContextPanel } from './ContextPanel.tsx';
import { EventLog } from './EventLog.tsx';
import { describeEventType, describeResource } from './format.ts';
import { PollerList } from './PollerList.tsx';
import { ReplayControls } from './ReplayControls.tsx';
import { TraceControls } from './TraceControls.tsx';

export interface StatechartAppProps {
  registry: PollerRegistry;
  loadChart: () => Promise<LoadedChart>;
  /** False where the browser has no BroadcastChannel: only replays work then. */
  live: boolean;
  download: (filename: string, text: string) => void;
  now?: () => number;
}

interface Replay {
  name: string;
  pollers: PollerEntry[];
}

/**
 * The state-chart page: live pollers (or a loaded trace's), the machine drawn with the selected poller's
 * current state, its context and event log, trace export/import and step-by-step replay.
 */
export function StatechartApp(props: StatechartAppProps): JSX.Element {
  const now = () => (props.now ?? Date.now)();
  const [version, setVersion] = createSignal(0);
  onMount(() => onCleanup(props.registry.subscribe(() => setVersion((v) => v + 1))));

  const [loaded] = createResource(() => props.loadChart());
  const [replay, setReplay] = createSignal<Replay | null>(null);
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [replayIndex, setReplayIndex] = createSignal(0);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [loadNote, setLoadNote] = createSignal<string | null>(null);

  const livePollers = createMemo(() => (version(), props.registry.list()));
  const recorded = createMemo(() => (version(), props.registry.trace().length));
  const pollers = () => replay()?.pollers ?? livePollers();
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

  const onExport = () => {
    const at = now();
    const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
    props.download(`poller-trace-${stamp}.json`, exportTrace(props.registry.trace(), 'poller', at));
  };

  const onLoad = async (file: File) => {
    setLoadError(null);
    setLoadNote(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setLoadError(`Could not read ${file.name}.`);
      return;
    }
    const result = importTrace(text);
    if (!result.ok) {
      setLoadError(`${file.name}: ${result.error}`);
      return;
    }
    const replayed = buildReplay(result.trace.entries);
    setReplay({ name: file.name, pollers: replayed });
    setSelectedId(replayed[0]?.source.pollerId ?? null);
    setReplayIndex(0);
    const skipped = result.skipped > 0 ? ` ${result.skipped} invalid entries were skipped.` : '';
    const pollerCount = `${replayed.length} ${replayed.length === 1 ? 'poller' : 'pollers'}`;
    setLoadNote(`Loaded ${result.trace.entries.length} entries for ${pollerCount}.${skipped}`);
  };

  const backToLive = () => {
    setReplay(null);
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
      <Show when={!props.live && !replay()}>
        <p class="sc-error" role="alert">
          This browser has no BroadcastChannel, so live pollers cannot be shown. Load a trace to replay it.
        </p>
      </Show>
      <div class="sc-layout">
        <section class="sc-side" aria-labelledby="sc-pollers-heading">
          <h3 id="sc-pollers-heading">Pollers</h3>
          <PollerList
            pollers={pollers()}
            selectedId={selected()?.source.pollerId ?? null}
            onSelect={select}
            liveText={replay() ? 'running at end of trace' : 'live'}
            emptyText={
              replay()
                ? 'The trace holds no poller steps.'
                : 'No pollers yet. Open a page of this site with ?debug=poller (or set localStorage "vpo-live:debug" to "poller") in this browser.'
            }
          />
          <h3>Context</h3>
          <ContextPanel step={step()} />
        </section>
        <section class="sc-main" aria-labelledby="sc-chart-heading">
          <h3 id="sc-chart-heading">State chart</h3>
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
            when={loaded.state === 'ready' ? loaded() : undefined}
            fallback={
              <p class="sc-empty" role="status">
                {loaded.error
                  ? `The chart could not be laid out: ${String(loaded.error)}`
                  : 'Laying out the chart…'}
              </p>
            }
          >
            {(chart) => (
              <ChartPanel
                chart={chart().chart}
                activeIds={activeStateIds(chart().definition, step()?.value)}
                takenIds={takenTransitionIds(chart().definition, step()?.transitions ?? [])}
                description={description()}
                stepKey={`${selected()?.source.pollerId ?? ''}#${step()?.seq ?? -1}`}
              />
            )}
          </Show>
          <h3>Event log</h3>
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
