import type { RendererName } from './benchServer.ts';
import type { SizeReport } from './bundleSize.ts';
import type { DetailRun } from './measureDetailPage.ts';
import type { RendererRun } from './measureRenderers.ts';
import type { IdleRun } from './measureRendering.ts';
import type { RenderingCost } from './traceRendering.ts';
import { SOURCES } from './profileBreakdown.ts';
import { median, min, p95 } from '../stats.ts';
import { formatDetail, formatIdle } from './formatRendering.ts';
import { SETTLE_MS } from './measureRendering.ts';

export interface ResultsInput {
  size: SizeReport;
  runs: Map<RendererName, RendererRun>;
  /** Per client: an idle page polled every `idlePollMs`, and one nobody touches, each `idleSeconds` long. */
  idle: Map<RendererName, { polled: IdleRun; still: IdleRun }>;
  idleSeconds: number;
  idlePollMs: number;
  detail: DetailRun;
  chromium: string;
  node: string;
  date: string;
  cpu: string;
  load: number[];
  rows: number;
  warmup: number;
  polls: number;
}

const LABELS: Record<RendererName, string> = {
  live: 'live dashboard',
  vanilla: 'vanilla client',
  naive: 'naive innerHTML',
};

const styleAndLayout = (cost: RenderingCost) => cost.styleMs + cost.layoutMs;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const times = (value: number) => `${value.toFixed(1)}×`;
const verdict = (ok: boolean) => (ok ? 'met ✅' : 'missed ❌');

/** The markdown of bench/results/dashboard.md. */
export function formatResults(input: ResultsInput): string {
  const { size, runs } = input;
  const run = (name: RendererName): RendererRun => {
    const found = runs.get(name);
    if (!found) throw new Error(`no results for ${name}`);
    return found;
  };
  const [live, vanilla, naive] = [run('live'), run('vanilla'), run('naive')];
  const mutationRatio = median(naive.mutations) / Math.max(1, median(live.mutations));
  const liveScript = median(live.scripting);
  const vanillaScript = median(vanilla.scripting);
  const liveWorker = median(live.workerScripting);
  const styleLayout = (r: RendererRun) => median(r.rendering.map(styleAndLayout));
  const [liveRender, vanillaRender] = [styleLayout(live), styleLayout(vanilla)];
  const [liveRecords, vanillaRecords] = [median(live.records), median(vanilla.records)];
  const pollRow = (name: RendererName) => {
    const r = run(name);
    return `| ${LABELS[name]} | ${ms(median(r.scripting))} | ${ms(styleLayout(r))} | ${ms(median(r.rendering.map((c) => c.paintMs)))} | ${median(r.rendering.map((c) => c.layouts))} | ${median(r.records)} | ${median(r.nodes)} | ${median(r.mutations)} |`;
  };
  const row = (name: RendererName) => {
    const r = run(name);
    return `| ${LABELS[name]} | ${ms(median(r.scripting))} | ${ms(min(r.scripting))} | ${ms(p95(r.scripting))} | ${ms(median(r.scriptingWall))} | ${ms(min(r.updates))} | ${ms(median(r.updates))} |`;
  };
  const sources = Object.values(SOURCES)
    .map((source) => ({
      source,
      live: live.sources.get(source) ?? 0,
      vanilla: vanilla.sources.get(source) ?? 0,
    }))
    .filter((s) => s.live > 0 || s.vanilla > 0)
    .sort((a, b) => b.live - a.live);
  const sum = (key: 'live' | 'vanilla') => sources.reduce((total, s) => total + s[key], 0);
  const ownSources = Object.entries(size.own)
    .sort((a, b) => b[1] - a[1])
    .map(([source, bytes]) => `${source} ${kb(bytes)}`)
    .join(', ');

  return `# Dashboard benchmark

Command: \`cd bench && npm run bench:dashboard\` (bench/dashboard/run.ts)

- Date: ${input.date}
- Node: ${input.node}
- Chromium: ${input.chromium} (headless, /usr/bin/chromium)
- CPU: ${input.cpu}; load average during the run ${input.load.map((v) => v.toFixed(1)).join(' / ')} (1 / 5 / 15 min) — other work on the machine inflates every time below

## Per poll: ${input.rows}-row page, each poll changes 5 jobs and adds 1 (the oldest row drops off)

Three clients of the same page, measured in the same run, interleaved poll by poll (in a rotating order) on
identical job sequences: ${input.polls} measured polls each after ${input.warmup} warm-up polls.

- **live dashboard**: the built federation remote, mounted through \`remoteEntry.js\`.
- **vanilla client** (\`page/vanilla.js\`): the same page written by hand — plain \`fetch\` + \`res.json()\` and a
  keyed update that writes only the cells whose value changed, with the same markup and stylesheet (bars
  scaled by \`transform\`), "Updated" text, pagination texts above and below the table, the tab title's running count, live-region announcement and 1 s relative-time
  clock. Its busy state (\`aria-busy\`, the spinner's class) is written at once on every request, as the
  dashboard's was before it waited 200 ms to write one. It has none of the dashboard's engine: no response
  validation, ETag, abort, timeout, backoff, pausing or URL state. At the end of every run its 100 rows are
  checked to be identical, markup and text, to the dashboard's.
- **naive innerHTML** (\`page/naive.js\`): fetches the same JSON and rebuilds the whole \`<tbody>\` from an HTML
  string (VPO's original approach; bar widths left out, which only flatters it).

Every poll is started the same way, by clicking the client's Refresh button (so the synchronous part of each
click handler, the \`fetch()\` call included, is traced for every client alike), and is over when the new job's
row is in the table. Each client runs alone in its own headless Chromium (a foreground tab, as a user's
would be), with motion *not* reduced, as in an operator's browser: what a poll sets moving is its cost too.

| client | script | style + layout | paint | layouts | mutation records | DOM nodes added/removed | DOM mutations |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${pollRow('live')}
${pollRow('vanilla')}
${pollRow('naive')}

Medians per poll. **Script** is main-thread JavaScript CPU time from a Chrome trace of the poll, from the click
until the new row is on screen: event handlers, microtasks and callbacks (fetch handling, JSON parsing,
validation, the polling engine, the update and its DOM writes, HTML parsing forced by \`innerHTML\`), without
style and layout forced inside them (DevTools counts those as Rendering) and without the benchmark's own
helpers (mutation observer, row watcher, User Timing observer), also when they run nested inside the client's
microtasks. **Style + layout** (\`UpdateLayoutTree\` + \`Layout\`), **paint** (\`PrePaint\` + \`Paint\` +
\`Layerize\`) and **layouts** (layout passes) come from the same trace, which runs on until ${SETTLE_MS} ms after
the row is on screen, so every frame the poll causes is in it — a CSS transition's included; all are
main-thread CPU time (the trace's thread clock). A **mutation record** is one MutationObserver record; **DOM
nodes added/removed** counts the nodes inserted or removed (a row with its cells counts once, as the observer
reports it); a **DOM mutation** is one attribute or text change, or one node inserted or removed *counting its
descendants*.

- Style + layout per poll: live **${ms(liveRender)}**, vanilla **${ms(vanillaRender)}** (${times(liveRender / Math.max(0.001, vanillaRender))}) — target ≤ 0.5× the vanilla client's ${verdict(liveRender <= vanillaRender / 2)}
- Script per poll: live **${ms(liveScript)}**, vanilla **${ms(vanillaScript)}** (${times(liveScript / Math.max(0.001, vanillaScript))}) — target ≤ 1.5× the vanilla client's ${verdict(liveScript <= 1.5 * vanillaScript)}
- Off the main thread: the live dashboard makes its requests in its page's fetch worker (the vanilla and naive
  clients call \`fetch()\` on the main thread): **${ms(liveWorker)}** of that thread's CPU per poll, in no figure
  above; main thread and worker together, **${ms(liveScript + liveWorker)}** (${times((liveScript + liveWorker) / Math.max(0.001, vanillaScript))} the vanilla client's script)
- Mutation records per poll: live **${liveRecords}**, vanilla **${vanillaRecords}** — target ≤ the vanilla client's ${verdict(liveRecords <= vanillaRecords)}
- DOM mutations, naive ÷ live: **${times(mutationRatio)}** fewer — target ≥ 10× ${verdict(mutationRatio >= 10)}
- Live script per poll: **${ms(liveScript)}** median — target ≤ 1 ms ${verdict(liveScript <= 1)} (naive ÷ live: ${times(median(naive.scripting) / Math.max(0.001, liveScript))})

Script in detail: the same CPU time's spread, its wall time (inflated by whatever else the shared machine
runs), and **update**, each client's own User Timing measure \`jobs-dashboard:update\`: for the dashboard the keyed
row update plus the DOM writes it causes, for the vanilla client its keyed update, for the naive one the HTML
string plus \`innerHTML\` (the pages are cross-origin isolated, so these timers have 5 µs resolution).

| client | script CPU median | CPU min | CPU p95 | wall median | update min | update median |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('live')}
${row('vanilla')}
${row('naive')}

${formatIdle(input.idle, input.idleSeconds, input.idlePollMs, LABELS)}

Where the script time goes (sampling CPU profile of ${input.polls} more polls per client, 100 µs; ms per
poll, profiler overhead included, so the totals exceed the trace's). The client's own code is the
dashboard's chunk (app, libs/ui, libs/poller, libs/vpo-api, valibot) or \`vanilla.js\`:

| source | live ms / poll | vanilla ms / poll |
| --- | ---: | ---: |
${sources.map((s) => `| ${s.source} | ${s.live.toFixed(2)} | ${s.vanilla.toFixed(2)} |`).join('\n')}
| **total** | **${sum('live').toFixed(2)}** | **${sum('vanilla').toFixed(2)}** |

${formatDetail(input.detail)}

## Remote size (gzip, level 9)

| part | gzip |
| --- | ---: |
| own code (app + libs + bundled packages) | ${kb(size.gzip.own)} |
| shared singletons (solid-js, xstate, rxjs) | ${kb(size.gzip.shared)} |
| federation runtime and glue | ${kb(size.gzip.federation)} |
| stylesheet | ${kb(size.css)} |
| loaded on demand only (poller debugging's publisher, with \`?debug=poller\`) | ${kb(size.onDemand)} |

Own code by source: ${ownSources}.
Mixed chunks are split by each module's share of the chunk's rendered code; own code is what a page loads
when it mounts the remote.

- Own code: **${kb(size.gzip.own)}** — target ≤ 30 kB ${verdict(size.gzip.own <= 30 * 1024)}

<details><summary>Files</summary>

| file | bytes | gzip |
| --- | ---: | ---: |
${[...size.files]
  .sort((a, b) => b.gzip - a.gzip)
  .map((file) => `| ${file.file} | ${file.bytes} | ${file.gzip} |`)
  .join('\n')}

</details>
`;
}
