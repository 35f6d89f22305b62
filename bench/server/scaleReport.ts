/** The Markdown section of bench/results/server.md for the run at scale (scaleBench.ts). */
import { MISS_SEARCH, SCAN_SEARCH, type Latency, type ScaleResult } from './scaleBench.ts';

export interface ScaleRun {
  readonly jobs: number;
  readonly seedSeconds: number;
  readonly fileBytes: number;
  readonly indexBytes: number;
  readonly samples: number;
  readonly phaseSeconds: number;
  readonly rounds: number;
  readonly pollers: number;
  readonly pollMs: number;
  readonly probeMs: number;
  /** The machine's load average (1, 5, 15 min) when measuring began: other work shares its 2 cores. */
  readonly loadBefore: readonly number[];
  readonly result: ScaleResult;
}

/** The targets of the issue this section answers. */
const LIST_P99_TARGET_MS = 50;
const STALL_RATIO_TARGET = 1.5;

const fmt = (ms: number): string => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const count = (n: number): string => Math.round(n).toLocaleString('en-US');

const ratio = (heavy: Latency, idle: Latency): number => heavy.p99 / idle.p99;
const cell = (latency: Latency): string => `${fmt(latency.p50)} / **${fmt(latency.p99)}**`;

export function scaleReport(run: ScaleRun): string {
  const { result } = run;
  const rest = run.fileBytes - run.indexBytes;
  const slow = result.queries.filter((query) => !(query.latency.p99 < LIST_P99_TARGET_MS));
  const ratios = [
    ['/health', ratio(result.miss.health, result.idle.health)],
    ['304 list', ratio(result.miss.notModified, result.idle.notModified)],
  ] as const;
  return `## At ${count(run.jobs)} jobs, with jobs changing (scaleBench.ts)

- ${count(run.jobs)} jobs seeded in ${run.seedSeconds.toFixed(1)} s; database ${mb(run.fileBytes)} MB, of which the search
  index (FTS5 trigram tables and the partial index of running workers) ${mb(run.indexBytes)} MB: **+${((run.indexBytes / rest) * 100).toFixed(1)}%**
  over the ${mb(rest)} MB without it.
- Load average when measuring began: ${run.loadBefore.map((n) => n.toFixed(2)).join(', ')} (the machine is shared; 2 cores).
- The real server in its own process (\`serve.ts\`: response cache on, 2 query threads). A second process commits one change a
  second (progress, a job started or finished, every 4 s a new job), as a runner would.
- **Cold queries**: each URL ${run.samples} times, one request at a time, each right after a write that changes a job's
  status — so neither a cached body nor a cached count can answer: what every poll costs after any change.
- **Stalls**: \`/health\` and a 304 revalidation of \`/api/jobs?status=failed\`, each sent every ${run.probeMs} ms (open
  loop: on time, whatever is outstanding), ${run.phaseSeconds} s in each of three phases: alone; while ${run.pollers} clients poll
  \`${MISS_SEARCH}\` every ${run.pollMs / 1000} s with If-None-Match (each poll after a change: a full query); while
  they poll \`${SCAN_SEARCH}\` (2 characters, too short for the trigram index: a scan of the file_path index, the
  heaviest list query left). The phases take turns, ${run.rounds} rounds of ${run.phaseSeconds / run.rounds} s each, so other work on
  the machine weighs on all three alike. Only 304s are timed in the revalidation column (a 200 follows
  each change); only 200s in the pollers' (the polls between two changes are 304s).

### Cold queries (ms)

"total alone" is the count statement behind the response's \`total\` (the server's own SQL), timed on a
connection of the benchmark's own, no cache, right after each request: what the total costs of the request.

| query | URL | p50 | p99 | total alone p50 / p99 | statuses |
|---|---|---|---|---|---|
${result.queries.map((q) => `| ${q.label} | \`${q.path}\` | ${fmt(q.latency.p50)} | **${fmt(q.latency.p99)}** | ${fmt(q.total.p50)} / ${fmt(q.total.p99)} | ${q.latency.statuses} |`).join('\n')}

### Stalls: p50 / p99 in ms, alone and during heavy searches

| probe | alone | during miss-search pollers | p99 ratio | during 2-character-search pollers | p99 ratio |
|---|---|---|---|---|---|
| /health | ${cell(result.idle.health)} | ${cell(result.miss.health)} | ${ratio(result.miss.health, result.idle.health).toFixed(2)}× | ${cell(result.scan.health)} | ${ratio(result.scan.health, result.idle.health).toFixed(2)}× |
| 304 list | ${cell(result.idle.notModified)} | ${cell(result.miss.notModified)} | ${ratio(result.miss.notModified, result.idle.notModified).toFixed(2)}× | ${cell(result.scan.notModified)} | ${ratio(result.scan.notModified, result.idle.notModified).toFixed(2)}× |
| the polled search (200s) | – | ${cell(result.miss.search)} | – | ${cell(result.scan.search)} | – |

Statuses — alone: ${result.idle.health.statuses} (/health), ${result.idle.notModified.statuses} (revalidation); miss-search
phase: ${result.miss.health.statuses}, ${result.miss.notModified.statuses}, pollers ${result.miss.search.statuses};
2-character phase: ${result.scan.health.statuses}, ${result.scan.notModified.statuses}, pollers ${result.scan.search.statuses}.

### Against the targets

- Every list and search p99 < ${LIST_P99_TARGET_MS} ms: ${slow.length === 0 ? 'met for every URL' : `met for ${result.queries.length - slow.length} of ${result.queries.length}; not for ${slow.map((q) => `${q.label} (${fmt(q.latency.p99)} ms; p50 ${fmt(q.latency.p50)} ms, of which the total ${fmt(q.total.p50)} ms)`).join(', ')}`}.
- /health and 304 p99 while the miss-search pollers run, within ${STALL_RATIO_TARGET}× of alone: ${ratios.map(([name, ratio]) => `${name} ${ratio.toFixed(2)}× (${ratio <= STALL_RATIO_TARGET ? 'met' : 'not met'})`).join('; ')}.
`;
}
