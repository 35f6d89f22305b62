import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

/** Counts writes of `document.title`, passing them on to jsdom. */
let writes = 0;
const own = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
beforeEach(() => {
  document.title = 'Job — VPO';
  writes = 0;
  Object.defineProperty(document, 'title', {
    configurable: true,
    get: () => own.get!.call(document),
    set: (value: string) => {
      writes++;
      own.set!.call(document, value);
    },
  });
});
afterEach(() => {
  delete (document as { title?: string }).title;
});

describe('the tab title', () => {
  it('carries the percent while the job runs and its status when it ends; the page’s own title after', async () => {
    const job = buildJob({
      job_type: 'scan',
      status: 'running',
      progress_percent: 45,
      processed_count: null,
      total_count: null,
    });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    expect(document.title).toBe(`45% · scan ${job.id.slice(0, 8)}`);

    api.store.updateJob(job.id, {
      status: 'completed',
      progress_percent: 100,
      completed_at: formatTimestamp(Date.now()),
    });
    await advance(2000);
    expect(document.title).toBe(`Completed · scan ${job.id.slice(0, 8)}`);

    page.unmount();
    expect(document.title).toBe('Job — VPO');
  });

  it('is written only when it changes', async () => {
    const job = buildJob({ job_type: 'scan', status: 'running', progress_percent: 10 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(writes).toBe(1);
    // Polls with nothing new, and a change the title does not show.
    api.store.updateJob(job.id, { priority: 3 });
    await advance(10_000);
    expect(writes).toBe(1);
    api.store.updateJob(job.id, { progress_percent: 11 });
    await advance(2000);
    expect(writes).toBe(2);
  });

  it('stays text: markup and bidi controls in the job type are not applied', async () => {
    // An unknown type from a newer (or hostile) server.
    const job = buildJob({ job_type: '<img src=x>\u202E' as 'scan', status: 'queued' });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(document.title).toBe(`Queued · <img src=x>⟨U+202E⟩ ${job.id.slice(0, 8)}`);
    expect(document.head.querySelector('img')).toBeNull();
  });
});
