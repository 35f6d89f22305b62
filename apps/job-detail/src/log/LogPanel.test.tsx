import { screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines, faults } from '@vpo-live/vpo-api/testing';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { setFrameScheduler } from '../session/scheduleFrame.ts';
import type { LogLines } from './logLines.ts';

const api = usePageHarness();
const LOGS = '*/api/jobs/:id/logs';

function runningJobWithLog(lines: number) {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()), progress_percent: 5 });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(lines, { jobId: job.id }));
  return job;
}

const logElement = () => screen.getByRole('log') as HTMLElement & { logLines: LogLines };
const shown = () => logElement().logLines.slice();
const stored = (id: string) => [...(api.store.getLogs(id) ?? [])];
const offsets = () => api.logRequests().map((url) => Number(url.searchParams.get('offset')));

describe('the log tail', () => {
  it('catches up a long log page by page, up to 1000 lines per request', async () => {
    const job = runningJobWithLog(2500);
    mountForTest(job.id);
    await settle(30);
    expect(offsets()).toEqual([0, 999, 1998]);
    expect(api.logRequests().every((url) => url.searchParams.get('lines') === '1000')).toBe(true);
    expect(screen.getByTestId('log-count')).toHaveTextContent('2,500 lines');
    expect(shown()).toEqual(stored(job.id));
  });

  it('after a slow catch-up, polls again at the log interval (each page counts alone)', async () => {
    const job = runningJobWithLog(3000);
    // Every page takes a second to arrive; the catch-up (four pages) takes about four.
    api.server.use(
      http.get(LOGS, async () => {
        await delay(1000);
      }),
    );
    mountForTest(job.id);
    await advance(4500, 250);
    expect(shown()).toHaveLength(3000);
    const caughtUp = api.logRequests().length;
    api.store.appendLog(job.id, buildLogLines(10, { from: 3001 }));
    await advance(4000 + 1000 + 500, 250);
    expect(api.logRequests().length).toBe(caughtUp + 1);
    expect(shown()).toEqual(stored(job.id));
  });

  it('grows at the log interval, exactly, while the writer flushes in batches of 100', async () => {
    const job = runningJobWithLog(5);
    mountForTest(job.id);
    await settle();
    let next = 6;
    for (let poll = 0; poll < 6; poll++) {
      for (let batch = 0; batch < poll % 3; batch++) {
        api.store.appendLog(job.id, buildLogLines(100, { from: next }));
        next += 100;
      }
      await advance(4000);
      expect(shown()).toEqual(stored(job.id));
    }
    expect(shown()).toHaveLength(next - 1);
    expect(new Set(shown()).size).toBe(next - 1);
  });

  it('reloads from the start, and says so, when the log shrinks (rotated or compressed)', async () => {
    const job = runningJobWithLog(300);
    mountForTest(job.id);
    await settle(20);
    expect(shown()).toHaveLength(300);
    const rotated = buildLogLines(20, { jobId: job.id, start: Date.now() });
    api.store.seed({ jobs: [api.store.getJob(job.id)!], logs: { [job.id]: rotated } });
    await advance(4000);
    expect(shown()).toEqual(rotated);
    expect(screen.getByText(/got shorter on the server/)).toBeInTheDocument();
  });

  it('reloads from the start when the log was replaced by a longer one', async () => {
    const job = runningJobWithLog(10);
    mountForTest(job.id);
    await settle();
    const replaced = buildLogLines(40, { jobId: job.id, start: Date.now() + 3_600_000 });
    api.store.seed({ jobs: [api.store.getJob(job.id)!], logs: { [job.id]: replaced } });
    await advance(4000);
    expect(shown()).toEqual(replaced);
    expect(screen.getByText(/was replaced on the server/)).toBeInTheDocument();
  });

  it('completes a half-written last line in place instead of adding or losing one', async () => {
    const job = runningJobWithLog(0);
    const full = buildLogLines(4, { jobId: job.id });
    let served = [...full.slice(0, 2), full[2]!.slice(0, 15)];
    api.server.use(
      http.get(LOGS, ({ request }) => {
        const url = new URL(request.url);
        const offset = Number(url.searchParams.get('offset'));
        const lines = served.slice(offset, offset + Number(url.searchParams.get('lines')));
        return HttpResponse.json({
          job_id: job.id,
          lines,
          total_lines: served.length,
          offset,
          has_more: offset + lines.length < served.length,
        });
      }),
    );
    mountForTest(job.id);
    await settle();
    expect(shown()).toEqual(served);
    served = full;
    await advance(4000);
    expect(shown()).toEqual(full);
  });

  it('keeps exact lines through a slow answer, never sending a second request meanwhile', async () => {
    const job = runningJobWithLog(10);
    mountForTest(job.id);
    await settle();
    api.server.use(faults.slow(LOGS, 8_000, { once: true }));
    api.store.appendLog(job.id, buildLogLines(50, { from: 11 }));
    await advance(4000);
    const during = api.logRequests().length;
    api.store.appendLog(job.id, buildLogLines(50, { from: 61 }));
    await advance(6000, 500);
    expect(api.logRequests().length).toBe(during);
    expect(shown()).toHaveLength(10);
    await advance(3000, 500);
    // The slow answer carries everything written while it was pending.
    expect(shown()).toEqual(stored(job.id));
    expect(shown()).toHaveLength(110);
  });

  it('a request that times out is retried and nothing is lost', async () => {
    const job = runningJobWithLog(10);
    mountForTest(job.id);
    await settle();
    api.server.use(faults.slow(LOGS, 60_000, { once: true }));
    api.store.appendLog(job.id, buildLogLines(50, { from: 11 }));
    // The client gives up after 10 s; the engine retries once its latency floor (2 × 10 s) has passed.
    await advance(40_000, 1000);
    expect(shown()).toEqual(stored(job.id));
  });

  it('keeps exact lines through failing answers, and recovers', async () => {
    const job = runningJobWithLog(1500);
    api.server.use(faults.serverError(LOGS, { once: true }));
    mountForTest(job.id);
    await settle(20);
    // The log's first answer failed, but the job poller's answer told it the server is up: it asked again at
    // once (one connection per server and page), without waiting for its retry interval.
    expect(shown()).toEqual(stored(job.id));

    // A failure in the middle of a catch-up keeps the pages already read and continues after them.
    api.store.appendLog(job.id, buildLogLines(2500, { from: 1501 }));
    let calls = 0;
    api.server.use(http.get(LOGS, () => (++calls === 2 ? HttpResponse.error() : undefined)));
    await advance(4000);
    // The page read before the failure is kept (and, once the job poller's next answer says the server is up,
    // the log may already have gone on from there): always an exact prefix, never a gap.
    expect(shown().length).toBeGreaterThanOrEqual(2499);
    expect(shown()).toEqual(stored(job.id).slice(0, shown().length));
    await advance(4000);
    expect(shown()).toEqual(stored(job.id));
  });

  it('waits out a rate limit in the middle of a catch-up without losing its place', async () => {
    const job = runningJobWithLog(3000);
    let calls = 0;
    api.server.use(
      http.get(LOGS, () =>
        ++calls === 2
          ? HttpResponse.json(
              { error: 'Rate limit exceeded.', code: 'RATE_LIMITED' },
              { status: 429, headers: { 'Retry-After': '20' } },
            )
          : undefined,
      ),
    );
    mountForTest(job.id);
    await settle(20);
    expect(shown()).toHaveLength(1000);
    await advance(10_000, 500);
    expect(shown()).toHaveLength(1000);
    await advance(12_000, 500);
    expect(shown()).toEqual(stored(job.id));
  });

  it('renders pages that land between two frames once, at the frame', async () => {
    const frames: Array<() => void> = [];
    setFrameScheduler((callback) => frames.push(callback));
    try {
      const job = runningJobWithLog(2500);
      mountForTest(job.id);
      await settle(10);
      expect(api.logRequests()).toHaveLength(3);
      // Three pages arrived, one frame was asked for, and nothing was drawn before it.
      expect(frames).toHaveLength(1);
      expect(screen.getByTestId('log-count')).toHaveTextContent('0 lines');
      frames.shift()?.();
      expect(screen.getByTestId('log-count')).toHaveTextContent('2,500 lines');
      expect(shown()).toEqual(stored(job.id));
    } finally {
      setFrameScheduler((callback) => queueMicrotask(callback));
    }
  });

  it('shows lines as text, never as markup', async () => {
    const job = runningJobWithLog(0);
    api.store.appendLog(job.id, [
      `[2026-02-01T12:00:00.000000Z] <img src=x onerror="alert(1)"> & <b>bold</b>`,
    ]);
    mountForTest(job.id);
    await settle();
    expect(logElement()).toHaveTextContent('<img src=x onerror="alert(1)"> & <b>bold</b>');
    expect(logElement().querySelector('img, b')).toBeNull();
  });
});
