import { screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

const eta = () => screen.queryByTestId('eta');

/** A running job with file counts, advanced by `perPoll` files before each of `polls` polls (2 s apart). */
async function runAt(id: string, from: number, perPoll: number, polls: number): Promise<number> {
  let done = from;
  for (let i = 0; i < polls; i++) {
    done += perPoll;
    api.store.updateJob(id, { processed_count: done });
    await advance(2000, 500);
  }
  return done;
}

function runningJob(overrides: Parameters<typeof buildJob>[0] = {}) {
  const job = buildJob({
    status: 'running',
    started_at: formatTimestamp(Date.now() - 10_000),
    progress_percent: 0,
    processed_count: 0,
    total_count: 1000,
    ...overrides,
  });
  api.store.insertJob(job);
  return job;
}

describe('time left and rate', () => {
  it('appears once the observed rate is steady: "about N left · R files/s"', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    expect(eta()).toBeNull();
    await runAt(job.id, 0, 20, 2);
    // Two polls of progress are not enough to trust a rate.
    expect(eta()).toBeNull();
    await runAt(job.id, 40, 20, 3);
    // 100 of 1,000 files at 10 files/s: 90 s left.
    expect(eta()).toHaveTextContent('about 1 min 30 s left · 10 files/s');
    // No news for 10 s: the estimate counts down on the page's clock.
    await advance(10_000, 1000);
    expect(eta()).toHaveTextContent('about 1 min 20 s left · 10 files/s');
  });

  it('disappears when the job slows down sharply', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    const done = await runAt(job.id, 0, 20, 6);
    expect(eta()).not.toBeNull();
    await runAt(job.id, done, 2, 4);
    expect(eta()).toBeNull();
  });

  it('disappears when the job stalls, and for a job that is no longer running', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    const done = await runAt(job.id, 0, 20, 6);
    expect(eta()).not.toBeNull();
    await advance(20_000, 1000);
    expect(eta()).toBeNull();
    await runAt(job.id, done, 20, 6);
    expect(eta()).not.toBeNull();
    api.store.updateJob(job.id, { status: 'completed', completed_at: formatTimestamp(Date.now()) });
    await advance(2000);
    expect(eta()).toBeNull();
  });

  it('uses the percentage over time when the job has no counts', async () => {
    const job = runningJob({ processed_count: null, total_count: null, progress_percent: 1 });
    mountForTest(job.id);
    await settle();
    for (let i = 2; i <= 7; i++) {
      api.store.updateJob(job.id, { progress_percent: i });
      await advance(2000, 500);
    }
    // 1 % every 2 s: 30 %/min, 93 % left → 186 s.
    expect(eta()).toHaveTextContent('about 3 min 10 s left · 30 %/min');
  });

  it('never shows for a job that reports no progress', async () => {
    const job = runningJob({ processed_count: null, total_count: null, progress_percent: 0 });
    mountForTest(job.id);
    await advance(20_000, 1000);
    expect(eta()).toBeNull();
  });
});
