// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fetchJobList } from './fetchJobList.ts';

const context = (etag: string | null = null) => ({ signal: new AbortController().signal, etag });
const respond = (status: number, body = '', headers: Record<string, string> = {}) =>
  vi.fn(async () => new Response(status === 304 ? null : body, { status, headers }));

describe('fetchJobList', () => {
  it('asks for the job list with the ETag and maps 200 to ok with the new ETag', async () => {
    const fetchImpl = respond(200, '{"jobs":[]}', { etag: '"v2"' });
    const outcome = await fetchJobList('/api', context('"v1"'), fetchImpl);
    expect(outcome).toEqual({ kind: 'ok', data: { jobs: [] }, etag: '"v2"' });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/jobs?limit=10',
      expect.objectContaining({ headers: { 'if-none-match': '"v1"' } }),
    );
  });

  it.each([
    [304, {}, { kind: 'not-modified' }],
    [404, {}, { kind: 'gone' }],
    [401, {}, { kind: 'unauthorized' }],
    [429, { 'retry-after': '7' }, { kind: 'rate-limited', retryAfterMs: 7000 }],
    [503, {}, { kind: 'failure', error: { kind: 'http', status: 503 } }],
  ])('maps HTTP %i onto the engine outcome', async (status, headers, expected) => {
    expect(await fetchJobList('/api', context(), respond(status, '', headers))).toMatchObject(expected);
  });

  it('maps a body that is not JSON to a parse failure and a rejected request to a network failure', async () => {
    expect(await fetchJobList('/api', context(), respond(200, '<html>'))).toMatchObject({
      kind: 'failure',
      error: { kind: 'parse' },
    });
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchJobList('/api', context(), down)).toEqual({
      kind: 'failure',
      error: { kind: 'network', message: 'Failed to fetch' },
    });
  });

  it('lets an abort by the engine propagate', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborted = vi.fn(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(fetchJobList('/api', { signal: controller.signal, etag: null }, aborted)).rejects.toThrow(
      'aborted',
    );
  });
});
