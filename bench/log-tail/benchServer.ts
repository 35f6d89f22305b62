import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { formatTimestamp, toJobDetail } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/fixtures';
import { benchLine } from './benchLine.ts';

export const BENCH_JOB_ID = '0b5e1c2d-3f4a-4b6c-8d9e-0f1a2b3c4d5e';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

export interface BenchServer {
  url: string;
  /** Lines the log holds now. */
  total(): number;
  /** From now on, each request of a caught-up client finds `lines` new lines, `rounds` times. */
  growOnPoll(lines: number, rounds: number): void;
  /** Growth rounds served so far. */
  grown(): number;
  /** Log requests answered so far. */
  logRequests(): number;
  close(): Promise<void>;
}

/**
 * A stand-in for the jobs API (one running job whose log holds `initialLines` synthetic lines) plus the built
 * job detail remote under `/mfe/job-detail/`, and a host page at `/` that mounts it through the plain
 * ES-module build.
 */
export async function startBenchServer(options: {
  dist: string;
  initialLines: number;
  interval: number;
}): Promise<BenchServer> {
  let total = options.initialLines;
  let growth = { lines: 0, rounds: 0 };
  let grown = 0;
  let logRequests = 0;
  const now = formatTimestamp(Date.now());
  const job = toJobDetail(
    buildJob({
      id: BENCH_JOB_ID,
      status: 'running',
      file_path: '/media/library',
      created_at: now,
      started_at: now,
      progress_percent: 50,
      processed_count: 500,
      total_count: 1000,
    }),
    true,
  );
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>log-tail bench</title></head>
<body data-polling-interval="${options.interval}" data-polling-enabled="true" data-polling-log-interval="${options.interval}">
<div id="job-detail-root" data-job-id="${BENCH_JOB_ID}"></div>
<script type="module">
import { mount } from '/mfe/job-detail/mount.js';
mount(document.getElementById('job-detail-root'), { jobId: '${BENCH_JOB_ID}', apiBase: '/api' });
</script></body></html>`;

  const json = (res: ServerResponse, body: unknown) => {
    res
      .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
      .end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    if (url.pathname === '/') return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
    if (url.pathname === `/api/jobs/${BENCH_JOB_ID}`) return json(res, job);
    if (url.pathname === `/api/jobs/${BENCH_JOB_ID}/logs`) {
      logRequests++;
      const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
      const want = Math.min(1000, Math.max(1, Number(url.searchParams.get('lines') ?? 500) || 500));
      // A client that has read everything finds the next batch waiting: exactly `lines` new lines per poll.
      if (growth.rounds > 0 && offset >= total - 1) {
        total += growth.lines;
        growth = { ...growth, rounds: growth.rounds - 1 };
        grown++;
      }
      const end = Math.min(total, offset + want);
      const lines: string[] = [];
      for (let i = offset; i < end; i++) lines.push(benchLine(i));
      return json(res, { job_id: BENCH_JOB_ID, lines, total_lines: total, offset, has_more: end < total });
    }
    if (url.pathname.startsWith('/mfe/job-detail/')) {
      const file = normalize(join(options.dist, url.pathname.slice('/mfe/job-detail/'.length)));
      if (file.startsWith(options.dist) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return void createReadStream(file).pipe(res);
      }
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"error":"Not found","code":"NOT_FOUND"}');
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    total: () => total,
    growOnPoll: (lines, rounds) => (growth = { lines, rounds }),
    grown: () => grown,
    logRequests: () => logRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
