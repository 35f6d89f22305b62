import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTimestamp, toJobDetail } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/fixtures';

export const DETAIL_JOB_ID = '0b5e1c2d-3f4a-4b6c-8d9e-0f1a2b3c4d5e';
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export interface DetailServer {
  url: string;
  /** From now on each job request finds 5 more files processed, and each log read of the end 3 new lines. */
  progress(on: boolean): void;
  /** Answer `If-None-Match` with 304 (as our server does) or always with the whole body (a server without ETags). */
  etags(on: boolean): void;
  /** API requests answered so far (job, log and errors). */
  answered(): number;
  close(): Promise<void>;
}

/**
 * The job detail page of the dashboard benchmark: one running job (a scan, 1,000 files) whose log is followed,
 * served by a stand-in API with ETags, and the built plain ES-module remote (`distDir`) mounted by a host page at
 * `/detail.html`, whose timers are 60 s (polls happen when the benchmark clicks Refresh) unless `?interval=`
 * and `?log=` (ms) say otherwise.
 */
export async function startDetailServer(distDir: string): Promise<DetailServer> {
  let progressing = false;
  let withEtags = true;
  let answered = 0;
  let processed = 100;
  const lines: string[] = [];
  const line = (i: number) =>
    `2026-02-01 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} INFO scanned /media/library/show-${i}/episode-${i}.mkv`;
  for (let i = 0; i < 200; i++) lines.push(line(i));
  const started = formatTimestamp(Date.now() - 180_000);
  const job = () =>
    toJobDetail(
      buildJob({
        id: DETAIL_JOB_ID,
        job_type: 'scan',
        status: 'running',
        file_path: '/media/library',
        created_at: started,
        started_at: started,
        progress_percent: processed / 10,
        processed_count: processed,
        total_count: 1000,
      }),
      true,
    );
  const page = (
    interval: number,
    logInterval: number,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench: job detail</title><script src="/page/measure.js"></script>
<script type="module" src="/page/detailHost.js"></script></head>
<body data-polling-interval="${interval}" data-polling-enabled="true" data-polling-log-interval="${logInterval}">
<div id="job-detail-root" data-job-id="${DETAIL_JOB_ID}"></div></body></html>`;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, etag?: string) =>
    res
      .writeHead(status, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...(etag && withEtags ? { etag } : {}),
      })
      .end(body);
  const json = (res: ServerResponse, etag: string, ifNoneMatch: string | undefined, body: () => unknown) => {
    answered += 1;
    if (withEtags && ifNoneMatch === etag) return send(res, 304, 'application/json', '', etag);
    return send(res, 200, 'application/json', JSON.stringify(body()), etag);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://bench');
      const ifNoneMatch = req.headers['if-none-match'];
      if (url.pathname === '/detail.html') {
        const ms = (name: string) => Number(url.searchParams.get(name) ?? 60_000);
        return send(res, 200, TYPES['.html']!, page(ms('interval'), ms('log')));
      }
      if (url.pathname === `/api/jobs/${DETAIL_JOB_ID}`) {
        if (progressing) processed = Math.min(990, processed + 5);
        return json(res, `"job-${processed}"`, ifNoneMatch, job);
      }
      if (url.pathname === `/api/jobs/${DETAIL_JOB_ID}/logs`) {
        const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
        const want = Math.min(1000, Math.max(1, Number(url.searchParams.get('lines') ?? 500) || 500));
        if (progressing && offset >= lines.length - 1)
          for (let k = 0; k < 3; k++) lines.push(line(lines.length));
        const end = Math.min(lines.length, offset + want);
        const body = () => ({
          job_id: DETAIL_JOB_ID,
          lines: lines.slice(offset, end),
          total_lines: lines.length,
          offset,
          has_more: end < lines.length,
        });
        return json(res, `"log-${offset}-${end}-${lines.length}"`, ifNoneMatch, body);
      }
      // A scan job's failed files (none): VPO answers this for every job; a 404 here would keep the page's
      // errors poller failing and retrying through every measurement.
      if (url.pathname === `/api/jobs/${DETAIL_JOB_ID}/errors`)
        return json(res, '"errors-0"', ifNoneMatch, () => ({
          job_id: DETAIL_JOB_ID,
          errors: [],
          total_errors: 0,
        }));
      const [root, rest] = url.pathname.startsWith('/mfe/job-detail/')
        ? [distDir, url.pathname.slice('/mfe/job-detail/'.length)]
        : url.pathname.startsWith('/page/')
          ? [PAGE_DIR, url.pathname.slice('/page/'.length)]
          : [null, ''];
      const file = root ? normalize(join(root, rest)) : null;
      if (!root || !file?.startsWith(root)) return send(res, 404, 'text/plain', 'not found');
      try {
        return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(res, 404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    progress: (on) => void (progressing = on),
    etags: (on) => void (withEtags = on),
    answered: () => answered,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
