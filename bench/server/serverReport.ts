/** The Markdown of bench/results/server.md from one run's measurements. */
import { cpus } from 'node:os';
import type { LoadResult } from './loadResult.ts';

/** One URL fetched alone: 200 and 304 service times in ms. */
export interface QueryTime {
  readonly path: string;
  readonly full: { p50: number; p99: number };
  readonly revalidated: { p50: number; p99: number };
}

export interface ServerRun {
  readonly date: Date;
  readonly loadBefore: number[];
  readonly jobs: number;
  readonly seedSeconds: number;
  readonly dbMegabytes: number;
  readonly logLines: number;
  readonly connections: number;
  readonly duration: number;
  readonly rateSeconds: number;
  readonly rates: number[];
  /** Closed-loop runs: cold list, warm list 200/304, detail 200/304, then the floors. */
  readonly saturated: LoadResult[];
  /** Fixed-rate runs, in `rates` order per title. */
  readonly rated: LoadResult[];
  readonly queries: QueryTime[];
  readonly listPaths: string[];
}

const fmt = (ms: number): string => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const micros = (result: LoadResult | undefined): string =>
  result?.cpuMicros == null ? '–' : String(Math.round(result.cpuMicros));

/** The status most responses had, and the others as `N×code`. */
function statusesOf(result: LoadResult): { main: number; others: string } {
  const entries = [...result.statuses.entries()].sort((a, b) => b[1] - a[1]);
  const main = entries[0]?.[0] ?? 0;
  const others = entries
    .slice(1)
    .map(([code, n]) => `${n}×${code}`)
    .concat(result.errors ? [`${result.errors} errors`] : [])
    .join(', ');
  return { main, others: others || 'none' };
}

function saturatedRow(result: LoadResult): string {
  const { main, others } = statusesOf(result);
  return `| ${result.title} | ${main} | ${count(result.rps)} | ${micros(result)} | ${count(result.responses)} | ${fmt(result.p50)} | ${fmt(result.p99)} | ${fmt(result.p999)} | ${others} |`;
}

function ratedRows(run: ServerRun): string[] {
  const titles = [...new Set(run.rated.map((result) => result.title))];
  return titles.map((title) => {
    const cells = run.rates.map((rate) => {
      const result = run.rated.find((r) => r.title === title && r.offeredRate === rate);
      return result === undefined ? '–' : `${fmt(result.p50)} / **${fmt(result.p99)}**`;
    });
    const { main, others } = statusesOf(run.rated.find((r) => r.title === title)!);
    return `| ${title} | ${main} | ${cells.join(' | ')} | ${others} |`;
  });
}

export function serverReport(run: ServerRun): string {
  const [cold, list200, list304, detail200, detail304] = run.saturated;
  const nodeFloor = run.saturated.find((r) => r.title.includes('node:http'));
  const fastifyFloor = run.saturated.find((r) => r.title.includes('Fastify'));
  const rated = (title: string) => run.rated.filter((r) => r.title === title);
  const p99s = (title: string): string =>
    rated(title)
      .map((r) => fmt(r.p99))
      .join(', ');
  const under5 = (result: LoadResult | undefined): string =>
    result === undefined ? '–' : `${fmt(result.p99)} ms (${result.p99 < 5 ? 'met' : 'missed'})`;
  const nodeTitle = nodeFloor?.title ?? '';
  const fastifyTitle = fastifyFloor?.title ?? '';
  const verdictAt = (title: string): string => {
    const misses = rated(title).filter((r) => r.p99 >= 5).length;
    return misses === 0 ? 'met at every rate' : `missed at ${misses} of ${rated(title).length} rates`;
  };
  const fastifyMisses = fastifyFloor !== undefined && fastifyFloor.p99 >= 5;
  const ratio = (a: LoadResult | undefined, b: LoadResult | undefined, key: 'p99' | 'cpuMicros'): string =>
    a?.[key] == null || b?.[key] == null ? '–' : `${(a[key] / b[key]).toFixed(2)}×`;
  const cpu = cpus();
  return `# Server benchmark

\`cd bench && npm run bench:server\` (bench/server/run.ts) — ${run.date.toISOString().slice(0, 10)}

- Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; load average before the run:
  ${run.loadBefore.map((value) => value.toFixed(2)).join(', ')} (the machine is shared)
- ${count(run.jobs)} jobs seeded in ${run.seedSeconds.toFixed(1)} s; database ${run.dbMegabytes.toFixed(1)} MB; one log of ${count(run.logLines)} lines
- The real server (\`startServer\`, rate limit off, logging off) in its own process. "List mix" cycles
  through the ${run.listPaths.length} list URLs below; "detail + logs" through every job's detail page and three log pages.
- Server CPU per response = the server process's user + system CPU time during the run (from /proc) divided
  by the responses: unlike latency, it does not depend on what else the machine is running.

## At saturation (wrk, ${run.connections} connections, closed loop, ${run.duration} s per run after an unmeasured warm-up)

Every connection sends its next request the moment it is answered, so the server is never idle and latency
is mostly the queue the load tool keeps full: p50 ≈ ${run.connections} ÷ req/s. This measures throughput and CPU cost.

| run | status | req/s | server CPU µs/response | responses | p50 ms | p99 ms | p99.9 ms | other statuses |
|---|---|---|---|---|---|---|---|---|
${run.saturated.map(saturatedRow).join('\n')}

## At fixed offered rates (open loop, at most ${run.connections} connections, ${run.rateSeconds} s per rate)

p50 / **p99** in ms at each offered load — the latency a poller sees while the server carries that load.

| run | status | ${run.rates.map((rate) => `${count(rate)} req/s`).join(' | ')} | other statuses |
|---|---|${run.rates.map(() => '---|').join('')}---|
${ratedRows(run).join('\n')}

## Assessment

Targets (2 cores): 304 p99 < 5 ms; filtered 200 p99 < 20 ms.

- **304 p99 < 5 ms** at saturation: list mix ${under5(list304)}, detail + logs ${under5(detail304)}; in the same run bare
  node:http ${under5(nodeFloor)}, bare Fastify ${under5(fastifyFloor)} (list ÷ node:http ${ratio(list304, nodeFloor, 'p99')}, ÷ Fastify ${ratio(list304, fastifyFloor, 'p99')}).
- **304 p99 < 5 ms** at ${run.rates.map(count).join(' / ')} req/s offered: list mix ${verdictAt('list mix, If-None-Match')}, detail + logs
  ${verdictAt('detail + logs, If-None-Match')}. p99 in ms: list mix ${p99s('list mix, If-None-Match')}; detail + logs
  ${p99s('detail + logs, If-None-Match')}; bare node:http ${p99s(nodeTitle)}; bare Fastify ${p99s(fastifyTitle)}.
${
  fastifyMisses
    ? `- Bare Fastify, answering an empty 304 with no hooks and no database, missed 5 ms at saturation in this run too\n` +
      `  (${fmt(fastifyFloor?.p99 ?? Number.NaN)} ms; bare node:http ${fmt(nodeFloor?.p99 ?? Number.NaN)} ms). A server on the framework cannot beat its own empty\n` +
      '  route, so at saturation read the server against the floors (the ratios), not the absolute.\n'
    : ''
}- **Filtered 200 p99 < 20 ms** at saturation: ${fmt(list200?.p99 ?? Number.NaN)} ms with the response cache (${(list200?.p99 ?? 99) < 20 ? 'met' : 'missed'}); ${fmt(cold?.p99 ?? Number.NaN)} ms with every 200
  running its count and page queries and serializing (response cache off: the cost when every request sees new data).
- CPU per response: list 304 ${micros(list304)} µs, detail + logs 304 ${micros(detail304)} µs; floors: node:http ${micros(nodeFloor)} µs,
  Fastify ${micros(fastifyFloor)} µs (list 304 ÷ Fastify floor: ${ratio(list304, fastifyFloor, 'cpuMicros')}). List 200 from the response cache ${micros(list200)} µs;
  detail + logs 200 ${micros(detail200)} µs; list 200 running its queries ${micros(cold)} µs.

## One request at a time, response cache off (60 requests per URL, first 10 dropped)

| URL | 200 p50 ms | 200 p99 ms | 304 p50 ms | 304 p99 ms |
|---|---|---|---|---|
${run.queries
  .map(
    ({ path, full, revalidated }) =>
      `| \`${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '{id}')}\` | ${fmt(full.p50)} | ${fmt(full.p99)} | ${fmt(revalidated.p50)} | ${fmt(revalidated.p99)} |`,
  )
  .join('\n')}

List URLs: ${run.listPaths.map((path) => `\`${path}\``).join(', ')}.
`;
}
