/**
 * The server at scale (a million jobs) while jobs change: what each list and search costs when no cache can
 * answer it, and whether a heavy search stalls anyone else — /health and 304 revalidations measured alone,
 * then while 10 pollers keep a search that matches nothing open (VPO's dashboard at 2 s).
 */
import Database from 'better-sqlite3';
import { buildJobListSql, JOB_LIST_ROW_COLUMNS, jobListFilterOf } from '@vpo-live/server';
import { readJobListParams, sinceCutoff } from '@vpo-live/vpo-api';
import { percentile } from '../stats.ts';
import type { ServerProcess } from './serverProcess.ts';

/** The URLs measured one at a time: the default list, each filter, each sort, deep pages and searches. */
export const SCALE_PATHS: ReadonlyArray<readonly [label: string, path: string]> = [
  ['default list', '/api/jobs'],
  ['status=running', '/api/jobs?status=running'],
  ['status=completed', '/api/jobs?status=completed'],
  ['type=transcode', '/api/jobs?type=transcode'],
  ['since=24h', '/api/jobs?since=24h'],
  ['since=30d', '/api/jobs?since=30d'],
  ['status + since', '/api/jobs?status=failed&since=7d'],
  ['sort=job_type', '/api/jobs?sort=job_type'],
  ['sort=status asc', '/api/jobs?sort=status&order=asc'],
  ['sort=file_path asc', '/api/jobs?sort=file_path&order=asc'],
  ['sort=duration', '/api/jobs?sort=duration'],
  ['oldest first', '/api/jobs?order=asc'],
  ['offset 5,000', '/api/jobs?offset=5000'],
  ['offset 500,000 (middle)', '/api/jobs?offset=500000'],
  ['last page', '/api/jobs?offset=999950'],
  ['file_path, offset 500,000', '/api/jobs?sort=file_path&offset=500000'],
  ['search, common (10%)', '/api/jobs?search=S02E'],
  ['search, common, 7 chars', '/api/jobs?search=expanse'],
  ['search, rare (0.2%)', '/api/jobs?search=passwd'],
  ['search, miss', '/api/jobs?search=zzzznotfound'],
  ['search + status', '/api/jobs?status=failed&search=expanse'],
  ['search, 2 chars (no trigram)', '/api/jobs?search=zq'],
];

/** What the pollers keep open: a search that matches nothing, and one too short for the trigram index. */
export const MISS_SEARCH = '/api/jobs?search=zzzznotfound';
export const SCAN_SEARCH = '/api/jobs?search=zq';
const REVALIDATED = '/api/jobs?status=failed';

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
  /** Responses by status, e.g. `200×100` or `304×290, 200×10`. */
  readonly statuses: string;
}

/** /health and 304 latencies during one phase, and the pollers' own (none when idle). */
export interface ProbePhase {
  readonly health: Latency;
  readonly notModified: Latency;
  readonly search: Latency;
}

export interface ScaleResult {
  readonly queries: ReadonlyArray<{
    readonly label: string;
    readonly path: string;
    readonly latency: Latency;
    /** The list's `total` alone: its count statement on a connection of its own, no cache (after each request). */
    readonly total: Latency;
  }>;
  readonly idle: ProbePhase;
  /** While the pollers keep {@link MISS_SEARCH} open. */
  readonly miss: ProbePhase;
  /** While they keep {@link SCAN_SEARCH} open: a query that really is heavy (a scan of the file_path index). */
  readonly scan: ProbePhase;
}

export interface ScaleOptions {
  /** Timed requests per URL, each after a write (so no cache can answer). */
  readonly samples: number;
  /** Seconds of each probe phase (idle, miss-search pollers, 2-character pollers), in all. */
  readonly phaseSeconds: number;
  /**
   * The phases run this many times in turn, each for its share of `phaseSeconds`: other work on the machine
   * then weighs on the three alike, instead of on whichever phase it happened to coincide with.
   */
  readonly rounds: number;
  /** Search pollers in the heavy phase, and their interval. */
  readonly pollers: number;
  readonly pollMs: number;
  /** Interval of the /health and 304 probes (open loop: sent on time, whatever is outstanding). */
  readonly probeMs: number;
  /** The URLs measured cold (default {@link SCALE_PATHS}). */
  readonly paths?: typeof SCALE_PATHS;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Samples {
  private readonly times: number[] = [];
  private readonly statuses = new Map<number, number>();
  add(ms: number, status: number, timed = true): void {
    if (timed && status !== 0) this.times.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }
  latency(): Latency {
    const sorted = [...this.times].sort((a, b) => a - b);
    const statuses = [...this.statuses.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code === 0 ? 'failed' : code}×${n}`)
      .join(', ');
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length, statuses };
  }
}

/** One GET, timed to the end of its body; a request that fails (reset, refused) is status 0. */
async function timedGet(
  url: string,
  etag?: string,
): Promise<{ ms: number; status: number; etag: string | null }> {
  const start = performance.now();
  try {
    const res = await fetch(url, etag ? { headers: { 'if-none-match': etag } } : {});
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status, etag: res.headers.get('etag') };
  } catch {
    return { ms: performance.now() - start, status: 0, etag: null };
  }
}

/**
 * A write that changes what every list answers (a job's status), so the request after it finds no cached
 * body and no cached count: the cost measured is the query's own.
 */
function makeBump(dbPath: string): { bump(): void; close(): void } {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 5000');
  const toggle = db.prepare(
    "UPDATE jobs SET status = CASE status WHEN 'queued' THEN 'cancelled' ELSE 'queued' END WHERE rowid = (SELECT MIN(rowid) FROM jobs)",
  );
  return { bump: () => void toggle.run(), close: () => db.close() };
}

/**
 * Times the count statement behind a list URL's `total` — the server's own SQL (`buildJobListSql`), run on a
 * read-only connection with no count cache — so the report can say what the total costs of each request.
 */
function makeTotalTimer(db: Database.Database, path: string): () => number {
  const read = readJobListParams(new URL(path, 'http://bench').searchParams);
  if (!read.ok) throw new Error(`not a valid list URL: ${path}`);
  const { params } = read;
  const createdSince = params.since === null ? null : sinceCutoff(params.since, Date.now());
  const sql = buildJobListSql(jobListFilterOf(params, createdSince), JOB_LIST_ROW_COLUMNS);
  const count = db.prepare(sql.countSql).pluck();
  return () => {
    const start = performance.now();
    count.get(sql.params);
    return performance.now() - start;
  };
}

/** Requests sent every `intervalMs` until `until`, without waiting for earlier ones (no coordinated omission). */
async function openLoop(intervalMs: number, until: number, send: () => Promise<void>): Promise<void> {
  const sent: Promise<void>[] = [];
  for (let next = performance.now(); next < until; next += intervalMs) {
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    sent.push(send());
  }
  await Promise.all(sent);
}

/** The samples of one phase, gathered over its rounds. */
interface PhaseSamples {
  readonly health: Samples;
  readonly notModified: Samples;
  readonly search: Samples;
}

const newPhase = (): PhaseSamples => ({
  health: new Samples(),
  notModified: new Samples(),
  search: new Samples(),
});

const phaseLatency = (phase: PhaseSamples): ProbePhase => ({
  health: phase.health.latency(),
  notModified: phase.notModified.latency(),
  search: phase.search.latency(),
});

/** One round of a phase: the probes for `seconds`, and `pollers` clients polling `polled` meanwhile. */
async function probes(
  url: string,
  options: ScaleOptions,
  seconds: number,
  pollers: number,
  polled: string,
  into: PhaseSamples,
): Promise<void> {
  const { health, notModified, search } = into;
  let tag = (await timedGet(`${url}${REVALIDATED}`)).etag ?? '';
  const until = performance.now() + seconds * 1000;
  const poll = async (index: number) => {
    await sleep((index * options.pollMs) / Math.max(1, pollers));
    let own: string | undefined;
    while (performance.now() < until) {
      const res = await timedGet(`${url}${polled}`, own);
      search.add(res.ms, res.status, res.status !== 304);
      own = res.etag ?? undefined;
      await sleep(options.pollMs);
    }
  };
  await Promise.all([
    openLoop(options.probeMs, until, async () => {
      const res = await timedGet(`${url}/health`);
      health.add(res.ms, res.status);
    }),
    openLoop(options.probeMs, until, async () => {
      const res = await timedGet(`${url}${REVALIDATED}`, tag);
      // Only the 304s are timed: a 200 means a write changed the list since the last tag.
      notModified.add(res.ms, res.status, res.status === 304);
      if (res.status === 200 && res.etag) tag = res.etag;
    }),
    ...Array.from({ length: pollers }, (_, index) => poll(index)),
  ]);
}

/** Measures a running server over the database at `dbPath` (already seeded, with jobs changing). */
export async function measureScale(
  server: ServerProcess,
  dbPath: string,
  options: ScaleOptions,
): Promise<ScaleResult> {
  const writes = makeBump(dbPath);
  const counts = new Database(dbPath, { readonly: true });
  try {
    const queries: ScaleResult['queries'][number][] = [];
    for (const [label, path] of options.paths ?? SCALE_PATHS) {
      const samples = new Samples();
      const totals = new Samples();
      const timeTotal = makeTotalTimer(counts, path);
      for (let i = 0; i < 3 + options.samples; i += 1) {
        writes.bump();
        const res = await timedGet(`${server.url}${path}`);
        samples.add(res.ms, res.status, i >= 3);
        totals.add(timeTotal(), 200, i >= 3);
      }
      queries.push({ label, path, latency: samples.latency(), total: totals.latency() });
      console.log(`${label}: ${JSON.stringify(queries.at(-1)?.latency)}`);
    }
    const phases = { idle: newPhase(), miss: newPhase(), scan: newPhase() };
    const seconds = options.phaseSeconds / options.rounds;
    for (let round = 0; round < options.rounds; round += 1) {
      await probes(server.url, options, seconds, 0, MISS_SEARCH, phases.idle);
      await probes(server.url, options, seconds, options.pollers, MISS_SEARCH, phases.miss);
      await probes(server.url, options, seconds, options.pollers, SCAN_SEARCH, phases.scan);
    }
    const [idle, miss, scan] = [phases.idle, phases.miss, phases.scan].map(phaseLatency) as [
      ProbePhase,
      ProbePhase,
      ProbePhase,
    ];
    console.log(JSON.stringify({ idle, miss, scan }));
    return { queries, idle, miss, scan };
  } finally {
    writes.close();
    counts.close();
  }
}
