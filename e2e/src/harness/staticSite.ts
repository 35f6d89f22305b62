import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny site on its own origin, serving fixed pages from memory. */
export interface StaticSite {
  readonly url: string;
  /** Paths requested so far, in order. */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

export interface StaticPage {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface StaticSiteOptions {
  /** Requests under these path prefixes are forwarded to `proxyTarget` (as VPO serves its own API). */
  proxyPrefixes?: readonly string[];
  proxyTarget?: string;
}

/**
 * Serves `pages` (path → page) with node:http on a free port of 127.0.0.1 — a second origin for hosting a
 * remote the way VPO's Jinja pages will, with no bundler. GET requests under `proxyPrefixes` are forwarded
 * to `proxyTarget`; unknown paths get 404.
 */
export async function startStaticSite(
  pages: Record<string, StaticPage>,
  options: StaticSiteOptions = {},
): Promise<StaticSite> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = url.pathname;
    requested.push(path);
    if (options.proxyTarget && options.proxyPrefixes?.some((prefix) => path.startsWith(prefix))) {
      void forward(
        `${options.proxyTarget}${url.pathname}${url.search}`,
        request.headers['if-none-match'],
        response,
      );
      return;
    }
    const page = pages[path];
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers })
      .end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Forwards one GET to the real server; a refused connection becomes a 502, as a reverse proxy answers. */
async function forward(target: string, ifNoneMatch: string | string[] | undefined, response: ServerResponse) {
  try {
    const upstream = await fetch(target, {
      headers: typeof ifNoneMatch === 'string' ? { 'if-none-match': ifNoneMatch } : {},
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'etag', 'cache-control', 'retry-after']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
  } catch {
    response.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
  }
}
