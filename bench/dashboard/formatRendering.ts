import type { RendererName } from './benchServer.ts';
import type { DetailRun } from './measureDetailPage.ts';
import type { IdleRun, PollCost } from './measureRendering.ts';
import { SETTLE_MS } from './measureRendering.ts';
import { POLL_FRAME_MS, summarizePasses, type PassSummary } from './traceRendering.ts';
import { median } from '../stats.ts';

const POLL_WINDOW_TEXT = '5 ms before to 80 ms after the start';
const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'met ✅' : 'missed ❌');
const per10s = (count: number, seconds: number) => Math.round((count * 10) / seconds);
const causes = (s: PassSummary) =>
  `${s.byCause.text} / ${s.byCause.nodes} / ${s.byCause.style} / ${s.byCause.other}`;
const reasons = (s: PassSummary) =>
  s.betweenReasons.length === 0
    ? 'none'
    : s.betweenReasons.map(([reason, n]) => `${n}× ${reason.replaceAll('|', '\\|')}`).join('; ');

/** A row of the idle table: one idle window of one page. */
function idleRow(label: string, run: IdleRun): string {
  const s = summarizePasses(run.passes);
  const n = (count: number) => per10s(count, run.seconds);
  const perTen = (value: number) => ms((value * 10) / run.seconds);
  return `| ${label} | ${run.polls} | ${n(s.total)} | ${n(s.pollFrames)} | ${n(s.between)} | ${n(s.betweenFromRoot)} | ${causes(s)} | ${n(run.cost.styleRecalcs)} | ${perTen(run.scriptMs)} | ${perTen(run.cost.styleMs + run.cost.layoutMs)} | ${perTen(run.cost.paintMs)} |`;
}

/** Between polls, a page may lay out only where text changed, and never the whole page for it. */
const onlyText = (s: PassSummary, passes: IdleRun['passes']) =>
  passes.every((p) => p.afterUpdate || p.cause === 'text') && s.betweenFromRoot === 0;

/** The idle section: layout passes of each client's page, polled and untouched. */
export function formatIdle(
  idle: Map<RendererName, { polled: IdleRun; still: IdleRun }>,
  seconds: number,
  pollMs: number,
  labels: Record<RendererName, string>,
): string {
  const rows: string[] = [];
  const notes: string[] = [];
  for (const [name, { polled, still }] of idle) {
    rows.push(idleRow(`${labels[name]}, polled`, polled), idleRow(`${labels[name]}, untouched`, still));
    notes.push(
      `- ${labels[name]}: between polls ${reasons(summarizePasses(polled.passes))}; untouched ${reasons(summarizePasses(still.passes))}`,
    );
  }
  const live = idle.get('live');
  const liveSummary = live && summarizePasses(live.polled.passes);
  const liveOk =
    live &&
    liveSummary &&
    onlyText(liveSummary, live.polled.passes) &&
    onlyText(summarizePasses(live.still.passes), live.still.passes);
  return `## Idle page: layouts per 10 s

Each page for ${seconds} s with nothing else going on, first polled every ${pollMs / 1000} s (each poll changes 5 jobs'
progress or status and adds one, as above: jobs progressing), then ${seconds} s untouched (no poll; only the
1 s clocks run). Traced with Chromium's invalidation tracker, which names what made each layout pass necessary
(times are inflated a little by the tracker). A pass is in a **poll frame** when the client's
\`jobs-dashboard:update\` measure ran since the previous pass; every other pass is **between polls**, and
**from the root** when it laid out the page from the document rather than just a contained box. Causes:
**text** changed / **nodes** inserted or removed / a **style** change that needs layout (a \`width\`
transition's frame, a class that changes geometry) / **other**.

| page | polls | layouts / 10 s | in poll frames | between polls | of those from the root | causes text / nodes / style / other | style recalcs / 10 s | script / 10 s | style + layout / 10 s | paint / 10 s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

What the layouts between polls were (invalidation \`reason @ node\`, most frequent first):

${notes.join('\n')}

- Idle live dashboard: between polls layouts only where text changed, and only inside contained boxes — target
  ${verdict(Boolean(liveOk))}`;
}

const costRow = (label: string, costs: PollCost[]) =>
  `| ${label} | ${ms(median(costs.map((c) => c.scripting)))} | ${ms(median(costs.map((c) => c.rendering.styleMs + c.rendering.layoutMs)))} | ${ms(median(costs.map((c) => c.rendering.paintMs)))} | ${median(costs.map((c) => c.rendering.layouts))} |`;

/** Passes that drew the log (its rows, the sizer that scrolls them). */
const logPasses = (run: IdleRun) => run.passes.filter((p) => p.reasons.some((r) => r.includes('job-log')));

/** The job detail section. */
export function formatDetail(detail: DetailRun): string {
  const quiet = median(detail.timerPolls);
  const quiet200 = median(detail.timerPolls200);
  const idle = summarizePasses(detail.idle.passes);
  const still = summarizePasses(detail.still.passes);
  const n = (count: number, run: IdleRun) => per10s(count, run.seconds);
  const idleRow = (label: string, run: IdleRun, s: PassSummary) =>
    `| ${label} | ${n(s.total, run)} | ${n(s.pollFrames, run)} | ${n(logPasses(run).length, run)} | ${n(s.between, run)} | ${n(s.betweenFromRoot, run)} | ${causes(s)} | ${ms((run.scriptMs * 10) / run.seconds)} | ${ms(((run.cost.styleMs + run.cost.layoutMs) * 10) / run.seconds)} |`;
  // Between polls the page may lay out only a clock's text, inside its contained box.
  const stray = [...detail.idle.passes, ...detail.still.passes].filter(
    (p) => !p.afterUpdate && (p.cause !== 'text' || p.roots.includes('#document')),
  );
  return `## Job detail page

The built job detail remote (plain ES-module build) in its own headless Chromium, same settings: a running scan
job (1,000 files) with its log followed, served by a stand-in API that sends ETags (\`detailServer.ts\`).

Refresh (the job and its log), clicked on a page whose own timers are set to 60 s, traced like the dashboard's
polls (until ${SETTLE_MS} ms after both answers were applied and two frames drawn); ${detail.progress.length} of each kind:

| Refresh | script | style + layout | paint | layouts |
| --- | ---: | ---: | ---: | ---: |
${costRow('5 more files processed, 3 new log lines', detail.progress)}
${costRow('nothing new (304, 304)', detail.notModified)}
${costRow('nothing new, from a server without ETags (200, 200)', detail.unchanged)}

The page's own job poll (its 2 s timer; the log's is 60 s), nothing new: script from ${POLL_WINDOW_TEXT} of each
request (the timer that fires it, the answer and its handling), median of ${detail.timerPolls.length} and ${detail.timerPolls200.length} polls.

- A poll with nothing new: **${ms(quiet)}** of script (304); **${ms(quiet200)}** when a server without ETags sends
  the same job again (200) — target ≤ 0.5 ms ${verdict(quiet <= 0.5)} (304) / ${verdict(quiet200 <= 0.5)} (200)
- Its request runs in the page's fetch worker: **${ms(median(detail.timerPollsWorker))}** of that thread's CPU per
  poll, in neither figure above.
- For scale, the same request made on the main thread by a bare \`fetch()\` with \`If-None-Match\`, its 304
  read with \`text()\` (no engine, no validation, no page), measured the same way: **${ms(median(detail.bareFetch))}**; the
  same request posted by a timer to a bare worker that fetches it and posts back its status (\`page/floorWorker.js\`:
  the least a poll from the page can do with its request off the main thread): **${ms(median(detail.bareWorker))}**

Idle: the page polling by itself (job and log every 2 s) for ${detail.idle.seconds} s while the job progresses and its
log grows, then ${detail.still.seconds} s once nothing changes. A pass is in a poll frame when it starts within ${POLL_FRAME_MS} ms of one of
the page's requests.

| page | layouts / 10 s | in poll frames | drawing the log | between polls | of those from the root | causes text / nodes / style / other | script / 10 s | style + layout / 10 s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${idleRow('progressing', detail.idle, idle)}
${idleRow('nothing new', detail.still, still)}

Between polls: ${reasons(idle)}; once nothing changes: ${reasons(still)}.

- Between polls, no layout but a clock's text in its contained box (the running duration, "Updated N s ago"):
  ${stray.length} other passes — target ${verdict(stray.length === 0)}`;
}
