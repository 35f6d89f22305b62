import { vi } from 'vitest';

/** A fetch stub that records calls and answers with `respond` (a Response, or a function of the request). */
export function stubFetch(
  respond: Response | ((url: string, init: RequestInit) => Promise<Response> | Response),
) {
  return vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) =>
    typeof respond === 'function' ? respond(String(input), init) : respond.clone(),
  );
}

/** A fetch that never answers until its signal aborts, then rejects as fetch does. */
export function hangingFetch() {
  return vi.fn(
    (_input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });

export const LIST_BODY = {
  jobs: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      job_type: 'scan',
      status: 'running',
      file_path: '/media',
      progress_percent: 12.5,
      created_at: '2026-02-01T10:00:00.123456+00:00',
      completed_at: null,
      duration_seconds: null,
    },
  ],
  total: 1,
  limit: 50,
  offset: 0,
  has_filters: false,
  max_page_size: 100,
};
