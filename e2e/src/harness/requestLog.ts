import type { Page, Request } from 'playwright-core';

export interface LoggedRequest {
  url: string;
  method: string;
  at: number;
}

/** The requests a page sent that match a filter, as they happen. */
export interface RequestLog {
  readonly requests: readonly LoggedRequest[];
  count(): number;
  /** Requests sent after `since` (epoch ms). */
  since(since: number): LoggedRequest[];
  stop(): void;
}

/**
 * Records the page's requests whose URL matches `filter` (default: the job list API,
 * `/api/jobs` or `/api/v1/jobs` with or without a query).
 *
 * @example const log = logRequests(page); … expect(log.since(hiddenAt)).toHaveLength(0);
 */
export function logRequests(page: Page, filter: (url: URL) => boolean = isJobListRequest): RequestLog {
  const requests: LoggedRequest[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (filter(url)) requests.push({ url: request.url(), method: request.method(), at: Date.now() });
  };
  page.on('request', onRequest);
  return {
    requests,
    count: () => requests.length,
    since: (since) => requests.filter((request) => request.at >= since),
    stop: () => page.off('request', onRequest),
  };
}

export function isJobListRequest(url: URL): boolean {
  return /^\/api(\/v1)?\/jobs\/?$/.test(url.pathname);
}
