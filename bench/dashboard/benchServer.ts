import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchJobs } from './benchJobs.ts';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

const DASHBOARD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: live dashboard</title>
<script src="/page/measure.js"></script><script type="module" src="/page/dashboardHost.js"></script></head>
<body data-polling-interval="60000" data-polling-enabled="true"><div id="jobs-dashboard-root"></div></body></html>`;

const NAIVE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: naive re-render</title>
<link rel="stylesheet" href="/bench.css">
<script src="/page/measure.js"></script><script defer src="/page/naive.js"></script></head>
<body><div class="vpo-mfe" id="naive"><table class="jobs-table"><thead><tr><th>ID</th><th>Type</th><th>Status</th>
<th>File</th><th>Progress</th><th>Created</th><th>Duration</th></tr></thead><tbody></tbody></table></div></body></html>`;

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the two bench pages, the built remote (`distDir`) under /mfe/jobs-dashboard/, its stylesheet as
 * /bench.css (for the naive page), and GET /api/jobs from `jobs()`.
 */
export async function startBenchServer(
  jobs: () => BenchJobs,
  distDir: string,
  cssFile: string,
): Promise<BenchServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://bench');
      const send = (status: number, type: string, body: string | Buffer) =>
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      if (url.pathname === '/dashboard.html') return send(200, TYPES['.html']!, DASHBOARD_PAGE);
      if (url.pathname === '/naive.html') return send(200, TYPES['.html']!, NAIVE_PAGE);
      if (url.pathname === '/bench.css') return send(200, TYPES['.css']!, await readFile(cssFile));
      if (url.pathname === '/api/jobs') {
        const limit = Number(url.searchParams.get('limit') ?? 50);
        return send(200, 'application/json', JSON.stringify(jobs().page(limit)));
      }
      const [root, rest] = url.pathname.startsWith('/mfe/jobs-dashboard/')
        ? [distDir, url.pathname.slice('/mfe/jobs-dashboard/'.length)]
        : url.pathname.startsWith('/page/')
          ? [PAGE_DIR, url.pathname.slice('/page/'.length)]
          : [null, ''];
      const file = root ? normalize(join(root, rest)) : null;
      if (!root || !file?.startsWith(root)) return send(404, 'text/plain', 'not found');
      try {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
