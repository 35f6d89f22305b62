import { INSPECTION_CHANNEL, parseInspectionMessage, type InspectionMessage } from '@vpo-live/poller-debug';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { describe, expect, it, vi } from 'vitest';
import { advance, settle } from './testing/apiHarness.ts';
import { usePageHarness } from './testing/usePageHarness.ts';
import { mountForTest } from './testing/mountForTest.ts';

const api = usePageHarness();

function runningJob() {
  const job = buildJob({ status: 'running', job_type: 'scan' });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(3, { jobId: job.id }));
  return job;
}

const messages = (hub: ReturnType<typeof createFakeChannelHub>): InspectionMessage[] =>
  hub.posted(INSPECTION_CHANNEL).map((raw) => {
    const parsed = parseInspectionMessage(raw);
    if (!parsed) throw new Error(`not an inspection message: ${JSON.stringify(raw)}`);
    return parsed;
  });

describe('debug inspection', () => {
  it('with ?debug=poller, one channel carries every poller’s steps (job, log, scan errors), and all are disposed on unmount', async () => {
    const job = runningJob();
    window.history.replaceState(null, '', `/jobs/${job.id}?debug=poller`);
    const hub = createFakeChannelHub();
    const page = mountForTest(job.id, {}, { createChannel: hub.factory });
    await settle();
    await advance(2000);

    expect(hub.open()).toBe(1);
    const steps = messages(hub).filter((m) => m.kind === 'step');
    expect(new Set(steps.map((m) => m.source.resource))).toEqual(
      new Set([`job:${job.id}`, `job-log:${job.id}`, `job-errors:${job.id}`]),
    );
    expect(steps.filter((m) => m.event.type === 'FETCH.OK').length).toBeGreaterThanOrEqual(3);

    page.unmount();
    const disposed = messages(hub).filter((m) => m.kind === 'dispose');
    expect(new Set(disposed.map((m) => m.source.resource))).toEqual(
      new Set([`job:${job.id}`, `job-log:${job.id}`, `job-errors:${job.id}`]),
    );
    expect(hub.open()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('creates nothing with debugging off: no channel is opened', async () => {
    const job = runningJob();
    window.history.replaceState(null, '', `/jobs/${job.id}`);
    const createChannel = vi.fn(createFakeChannelHub().factory);
    const page = mountForTest(job.id, {}, { createChannel });
    await settle();
    await advance(2000);
    expect(page.el.querySelector('.vpo-badge')).toHaveTextContent('Running');
    expect(createChannel).not.toHaveBeenCalled();
  });
});
