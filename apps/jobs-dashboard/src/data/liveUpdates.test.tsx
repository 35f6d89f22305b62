import { within } from '@solidjs/testing-library';
import { buildJob, buildJobs } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { rowIds, rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

/** A change the page's clock made, not a poll: the waited/ran times of queued and running jobs tick. */
const byClock = (record: MutationRecord) => {
  const node = record.target instanceof Element ? record.target : record.target.parentElement;
  return node?.closest('.jobs-cell--times') != null;
};

/** Counts DOM changes under `target` that polls made, and which rows they touched. */
function watch(target: HTMLElement) {
  const records: MutationRecord[] = [];
  let deliveries = 0;
  const observer = new MutationObserver((batch) => {
    const polled = batch.filter((record) => !byClock(record));
    if (polled.length > 0) deliveries += 1;
    records.push(...polled);
  });
  observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    flush() {
      records.push(...observer.takeRecords().filter((record) => !byClock(record)));
      return records;
    },
    deliveries: () => deliveries,
    rowsTouched() {
      const ids = new Set<string>();
      for (const record of this.flush()) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const row = node?.closest('tr[data-job-id]');
        if (row) ids.add((row as HTMLElement).dataset.jobId ?? '');
      }
      return ids;
    },
    stop: () => observer.disconnect(),
  };
}

describe('live updates', () => {
  it('updates a job that changed status in place: the same <tr> node, new status and progress', async () => {
    const job = buildJob({ status: 'queued' });
    const { root, store, advance } = await start([job, ...buildJobs(5, 3)]);
    const row = rowOf(root, job.id)!;
    store.updateJob(job.id, { status: 'running', progress_percent: 12 });
    await advance();
    expect(rowOf(root, job.id)).toBe(row);
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12');
    store.updateJob(job.id, {
      status: 'completed',
      progress_percent: 100,
      completed_at: '2026-02-01T12:30:01+00:00',
    });
    await advance();
    expect(rowOf(root, job.id)).toBe(row);
    expect(within(row).getByText('Completed')).toBeInTheDocument();
  });

  it('writes only the cells that changed', async () => {
    const jobs = buildJobs(20, 7);
    const changed = buildJob({ status: 'running', progress_percent: 10 });
    const { root, store, advance } = await start([changed, ...jobs]);
    const table = root.querySelector('tbody') as HTMLElement;
    const watcher = watch(table);
    store.updateJob(changed.id, { progress_percent: 55 });
    await advance();
    expect(watcher.rowsTouched()).toEqual(new Set([changed.id]));
    // aria-valuenow, the fill width and the "55%" text; nothing else in the row.
    expect(watcher.flush().length).toBeLessThanOrEqual(4);
    watcher.stop();
  });

  it('writes nothing to the table when a poll brings no change', async () => {
    const { root, advance } = await start(buildJobs(30, 11));
    const watcher = watch(root.querySelector('tbody') as HTMLElement);
    await advance();
    await advance();
    expect(watcher.flush()).toHaveLength(0);
    watcher.stop();
  });

  it('adds new jobs and removes vanished ones, keeping the other rows', async () => {
    const [a, b, c] = [buildJob(), buildJob(), buildJob()];
    const { root, store, advance } = await start([a!, b!, c!]);
    const rowA = rowOf(root, a!.id);
    store.deleteJob(b!.id);
    const d = buildJob();
    store.insertJob(d);
    await advance();
    expect(rowIds(root)).toEqual([d.id, c!.id, a!.id]);
    expect(rowOf(root, a!.id)).toBe(rowA);
  });

  it('lands every change of one poll in a single DOM update', async () => {
    const jobs = [
      buildJob({ status: 'running' }),
      buildJob({ status: 'running' }),
      buildJob({ status: 'queued' }),
    ];
    const { root, store, advance } = await start(jobs);
    // The table body only: the toolbar's in-flight indicator legitimately changes when the request starts.
    const watcher = watch(root.querySelector('tbody') as HTMLElement);
    store.updateJob(jobs[0]!.id, { status: 'completed' });
    store.updateJob(jobs[1]!.id, { status: 'failed', error_message: 'boom' });
    store.updateJob(jobs[2]!.id, { status: 'running', progress_percent: 5 });
    await advance();
    expect(watcher.rowsTouched()).toEqual(new Set(jobs.map((job) => job.id)));
    expect(watcher.deliveries()).toBe(1);
    watcher.stop();
  });

  it('keeps focus and text selection across polls', async () => {
    const jobs = [
      buildJob({ status: 'running', progress_percent: 1 }),
      buildJob({ file_path: '/media/keep me selected.mkv' }),
    ];
    const { root, store, advance } = await start(jobs);
    const link = within(rowOf(root, jobs[0]!.id)!).getByRole('link');
    link.focus();
    const pathCell = rowOf(root, jobs[1]!.id)!.querySelector('.jobs-cell--path')!;
    const selection = window.getSelection()!;
    selection.selectAllChildren(pathCell);
    store.updateJob(jobs[0]!.id, { progress_percent: 70 });
    await advance();
    expect(document.activeElement).toBe(link);
    expect(selection.toString()).toBe('/media/keep me selected.mkv');
    expect(selection.anchorNode === pathCell || pathCell.contains(selection.anchorNode)).toBe(true);
  });
});
