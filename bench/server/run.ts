/**
 * Server benchmark: seeds 100,000 jobs into a temp database and measures the real server (its own
 * process, rate limit off) over a mix of list filters, sorts and searches and over detail and log pages —
 * once without validators (200s) and once with each URL's current ETag (304s):
 *
 * - at saturation, with wrk (50 connections, closed loop): req/s, server CPU per response, latency;
 * - at fixed offered rates (open loop, at most 50 connections): latency at a given load;
 * - one request at a time, response cache off: what each query costs;
 * - at 1,000,000 jobs changing in the background (scaleRun.ts): each list and search cold, and /health and
 *   304s alone and while 10 clients poll a search that matches nothing.
 *
 * Bare node:http and bare Fastify answering an empty 304 are measured in the same run as floors.
 * Writes bench/results/server.md.
 *
 *   cd bench && npm run bench:server     # BENCH_DURATION=seconds per saturation run (default 10)
 *   BENCH_SCALE_JOBS=0 skips the run at scale; BENCH_SCALE_SAMPLES (100), BENCH_SCALE_PHASE (30 s) tune it.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLogLine } from '@vpo-live/vpo-api';
import type { LoadRequest, LoadResult } from './loadResult.ts';
import { percentile } from '../stats.ts';
import { openLoopLoad } from './openLoopLoad.ts';
import { scaleReport } from './scaleReport.ts';
import { runAtScale } from './scaleRun.ts';
import { serverReport, type QueryTime } from './serverReport.ts';
import { startServerProcess, stopServerProcess, type ServerProcess } from './serverProcess.ts';
import { seedJobs } from './seedJobs.ts';
import { ensureWrk, wrkLoad } from './wrkLoad.ts';

const here = dirname(fileURLToPath(import.meta.url));
const JOBS = 100_000;
const CONNECTIONS = 50;
const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);
const WARMUP = 3;
const RATE_SECONDS = 10;
/**
 * Offered loads: 1,000 req/s is already 2,000 open pages polling every 2 s. Kept below what the open-loop
 * scheduler itself (Node's HTTP client, on the machine's other core) can send without becoming the bottleneck.
 */
const RATES = [500, 1_000, 2_000];
const LOG_LINES = 20_000;
const SCALE_JOBS = Number(process.env['BENCH_SCALE_JOBS'] ?? 1_000_000);
const SCALE = {
  samples: Number(process.env['BENCH_SCALE_SAMPLES'] ?? 100),
  phaseSeconds: Number(process.env['BENCH_SCALE_PHASE'] ?? 30),
  rounds: 3,
  pollers: 10,
  pollMs: 2000,
  probeMs: 100,
};

const LIST_PATHS = [
  '/api/jobs',
  '/api/jobs?status=running',
  '/api/jobs?status=failed&since=7d',
  '/api/jobs?type=transcode&since=30d&sort=status&order=asc',
  '/api/jobs?since=24h',
  '/api/jobs?status=completed&sort=duration&order=desc',
  '/api/jobs?sort=file_path&order=asc&offset=500',
  '/api/jobs?type=scan&sort=job_type&limit=100',
  '/api/jobs?search=S02E',
  '/api/jobs?status=failed&search=expanse',
  '/api/jobs?offset=5000',
  '/api/v1/jobs?type=move&order=asc',
];

/** Each path with its current ETag, taken right before a run (a `since` list's tag moves as jobs age). */
async function revalidating(url: string, paths: string[]): Promise<LoadRequest[]> {
  const requests: LoadRequest[] = [];
  for (const path of paths) {
    const res = await fetch(`${url}${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    requests.push({ path, etag: res.headers.get('etag') ?? '' });
  }
  return requests;
}

const plain = (paths: string[]): LoadRequest[] => paths.map((path) => ({ path }));

/** Median and p99 of one URL fetched alone, one request at a time: what the query itself costs. */
async function serviceTime(url: string, path: string, etag?: string): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const start = performance.now();
    const res = await fetch(`${url}${path}`, etag ? { headers: { 'if-none-match': etag } } : {});
    await res.arrayBuffer();
    if (i >= 10) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main(): Promise<void> {
  ensureWrk();
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'vpo-live-bench-'));
  const dbPath = join(dir, 'vpo-live.db');
  const running: ServerProcess[] = [];
  const start = async (script: string, responseCache = true): Promise<ServerProcess> => {
    const server = await startServerProcess(script, dbPath, responseCache);
    running.push(server);
    return server;
  };
  const saturate = (title: string, server: ServerProcess, requests: LoadRequest[]) =>
    wrkLoad(title, server, requests, { connections: CONNECTIONS, seconds: DURATION, warmupSeconds: WARMUP });
  const atRate = (title: string, server: ServerProcess, requests: LoadRequest[], rate: number) =>
    openLoopLoad(title, server, requests, { connections: CONNECTIONS, seconds: RATE_SECONDS, rate });
  try {
    const seedStart = performance.now();
    const ids = seedJobs(dbPath, JOBS, Date.now());
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const logId = ids[0]!;
    mkdirSync(join(dir, 'logs'), { recursive: true });
    const lines = Array.from({ length: LOG_LINES }, (_, i) =>
      formatLogLine(Date.UTC(2026, 1, 1) + i, `step ${i}`),
    );
    appendFileSync(join(dir, 'logs', `${logId}.log`), `${lines.join('\n')}\n`);
    const dbMegabytes = statSync(dbPath).size / 1e6;
    console.log(`seeded ${JOBS} jobs in ${seedSeconds.toFixed(1)} s (${dbMegabytes.toFixed(1)} MB)`);
    const detailPaths = [
      ...ids.map((id) => `/api/jobs/${id}`),
      `/api/jobs/${logId}/logs`,
      `/api/jobs/${logId}/logs?offset=19500&lines=500`,
      `/api/jobs/${logId}/logs?offset=10000&lines=1000`,
    ];

    // Without the response cache: what each query costs, alone and at saturation.
    const cold = await start('serve.ts', false);
    const queries: QueryTime[] = [];
    for (const path of [...LIST_PATHS, ...detailPaths.slice(0, 5), ...detailPaths.slice(-3)]) {
      const [tagged] = await revalidating(cold.url, [path]);
      queries.push({
        path,
        full: await serviceTime(cold.url, path),
        revalidated: await serviceTime(cold.url, path, tagged?.etag),
      });
    }
    const coldList = await saturate('list mix, no validator, response cache off', cold, plain(LIST_PATHS));
    await stopServerProcess(cold.child);

    // The floors, measured the same way: no server can beat node:http, none built on Fastify can beat it.
    const floors: LoadResult[] = [];
    const floorRates: LoadResult[] = [];
    for (const [title, script] of [
      ['floor: bare node:http 304', 'serveBaseline.ts'],
      ['floor: bare Fastify 304', 'serveFastifyFloor.ts'],
    ] as const) {
      const floor = await start(script);
      const requests = plain(LIST_PATHS);
      floors.push(await saturate(title, floor, requests));
      for (const rate of RATES) floorRates.push(await atRate(title, floor, requests, rate));
      await stopServerProcess(floor.child);
    }

    // The server as it runs: response cache on.
    const warm = await start('serve.ts');
    const saturated = [
      coldList,
      await saturate('list mix, no validator', warm, plain(LIST_PATHS)),
      await saturate('list mix, If-None-Match', warm, await revalidating(warm.url, LIST_PATHS)),
      await saturate('detail + logs, no validator', warm, plain(detailPaths)),
      await saturate('detail + logs, If-None-Match', warm, await revalidating(warm.url, detailPaths)),
      ...floors,
    ];
    const rated: LoadResult[] = [];
    for (const rate of RATES) {
      rated.push(
        await atRate('list mix, If-None-Match', warm, await revalidating(warm.url, LIST_PATHS), rate),
      );
      rated.push(
        await atRate('detail + logs, If-None-Match', warm, await revalidating(warm.url, detailPaths), rate),
      );
      rated.push(await atRate('list mix, no validator', warm, plain(LIST_PATHS), rate));
    }
    await stopServerProcess(warm.child);

    const scale = SCALE_JOBS > 0 ? await runAtScale(dir, SCALE_JOBS, SCALE) : null;

    const report = serverReport({
      date: new Date(),
      loadBefore,
      jobs: JOBS,
      seedSeconds,
      dbMegabytes,
      logLines: LOG_LINES,
      connections: CONNECTIONS,
      duration: DURATION,
      rateSeconds: RATE_SECONDS,
      rates: RATES,
      saturated,
      rated: [...rated, ...floorRates],
      queries,
      listPaths: LIST_PATHS,
    });
    const out = join(here, '..', 'results', 'server.md');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, scale === null ? report : `${report}\n${scaleReport(scale)}`);
    console.log(report);
    console.log(`wrote ${out}`);
  } finally {
    for (const server of running) await stopServerProcess(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
