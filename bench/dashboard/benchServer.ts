import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchJobs } from './benchJobs.ts';
import { clientShell } from './clientShell.ts';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** The renderers the benchmark compares; each page fetches its own job sequence under `/<name>/api`. */
export const RENDERERS = ['live', 'vanilla', 'naive'] as const;
export type RendererName = (typeof RENDERERS)[number];

const head = (title: string, scripts: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: ${title}</title>${scripts}</head>`;

const PAGES: Record<RendererName, string> = {
  live: `${head('live dashboard', '<script src="/page/measure.js"></script><script type="module" src="/page/dashboardHost.js"></script>')}
<body data-api="/live/api" data-polling-interval="60000" data-polling-enabled="true"><div id="jobs-dashboard-root"></div></body></html>`,
  vanilla: `${head('vanilla client', '<link rel="stylesheet" href="/bench.css"><script src="/page/measure.js"></script><script defer src="/page/vanilla.js"></script>')}
<body data-api="/vanilla/api">${clientShell('vanilla')}</body></html>`,
  naive: `${head('naive re-render', '<link rel="stylesheet" href="/bench.css"><script src="/page/measure.js"></script><script defer src="/page/naive.js"></script>')}
<body data-api="/naive/api">${clientShell('naive')}</body></html>`,
};

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves one page per renderer at `/<name>.html`, the built remote (`distDir`) under /mfe/jobs-dashboard/, its
 * stylesheet as /bench.css (for the hand-written pages), and GET `/<name>/api/jobs` from `jobs(name)`, so each
 * renderer polls its own copy of the same job sequence.
 */
export async function startBenchServer(
  jobs: (renderer: RendererName) => BenchJobs,
  distDir: string,
  cssFile: string,
): Promise<BenchServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://bench');
      // Cross-origin isolated pages get 5 µs timers instead of 100 µs ones, for the clients' update measures.
      const send = (status: number, type: string, body: string | Buffer) =>
        response
          .writeHead(status, {
            'content-type': type,
            'cache-control': 'no-store',
            'cross-origin-opener-policy': 'same-origin',
            'cross-origin-embedder-policy': 'require-corp',
          })
          .end(body);
      const route = /^\/(\w+)(\.html|\/api\/jobs)$/.exec(url.pathname);
      const renderer = RENDERERS.find((name) => name === route?.[1]);
      if (renderer && route?.[2] === '.html') return send(200, TYPES['.html']!, PAGES[renderer]);
      if (renderer) {
        const limit = Number(url.searchParams.get('limit') ?? 50);
        return send(200, 'application/json', JSON.stringify(jobs(renderer).page(limit)));
      }
      if (url.pathname === '/bench.css') return send(200, TYPES['.css']!, await readFile(cssFile));
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
