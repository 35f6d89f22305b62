import { screen, within } from '@solidjs/testing-library';
import { formatDateTime } from '@vpo-live/ui';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

const field = (el: HTMLElement, name: string) =>
  el.querySelector(`[data-field="${name}"] dd`) as HTMLElement | null;

/** The value next to a label in the summary figures. */
const figure = (scope: HTMLElement, label: string) =>
  within(scope).getByText(label).closest('div')?.querySelector('dd') ?? null;

describe('job fields', () => {
  it('shows every field of the job', async () => {
    const created = Date.now() - 65_000;
    const job = buildJob({
      job_type: 'transcode',
      status: 'running',
      priority: 20,
      file_path: '/media/movies/a.mkv',
      policy_name: 'hevc-archive',
      created_at: formatTimestamp(created),
      started_at: formatTimestamp(created + 5000),
    });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `Transcode job ${job.id.slice(0, 8)}`,
    );
    expect(screen.getByText('Running')).toHaveAttribute('data-status', 'running');
    expect(field(page.el, 'job_type')).toHaveTextContent('Transcode');
    expect(field(page.el, 'priority')).toHaveTextContent('20');
    expect(field(page.el, 'file_path')).toHaveTextContent('/media/movies/a.mkv');
    expect(field(page.el, 'policy_name')).toHaveTextContent('hevc-archive');
    expect(field(page.el, 'created_at')).toHaveTextContent(formatDateTime(created));
    expect(field(page.el, 'started_at')).toHaveTextContent(formatDateTime(created + 5000));
    expect(field(page.el, 'completed_at')).toHaveTextContent('—');
    expect(field(page.el, 'queue_wait')).toHaveTextContent('5 s');
    expect(field(page.el, 'run_time')).toHaveTextContent('1 min');
    expect(field(page.el, 'id')).toHaveTextContent(job.id);
  });

  it('updates every field live, in place', async () => {
    const job = buildJob({ status: 'queued', priority: 100 });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    expect(document.querySelector('.vpo-badge')).toHaveTextContent('Queued');
    expect(field(page.el, 'started_at')).toHaveTextContent('Not started');
    const heading = screen.getByRole('heading', { level: 2 });

    const started = Date.now();
    api.store.updateJob(job.id, {
      status: 'running',
      priority: 5,
      started_at: formatTimestamp(started),
      policy_name: 'strict',
    });
    await advance(2000);
    expect(document.querySelector('.vpo-badge')).toHaveTextContent('Running');
    expect(field(page.el, 'priority')).toHaveTextContent('5');
    expect(field(page.el, 'policy_name')).toHaveTextContent('strict');
    expect(field(page.el, 'started_at')).toHaveTextContent(formatDateTime(started));
    // The same heading element: the page was updated, not rebuilt.
    expect(screen.getByRole('heading', { level: 2 })).toBe(heading);
  });

  it('ticks the run time while the job runs, and settles when it ends', async () => {
    const job = buildJob({
      status: 'running',
      created_at: formatTimestamp(Date.now() - 3 * 3600_000),
      started_at: formatTimestamp(Date.now() - 10_000),
    });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    // The hours in the queue are a field of their own, not part of the run.
    expect(field(page.el, 'queue_wait')).toHaveTextContent('2 h 59 min');
    expect(field(page.el, 'run_time')).toHaveTextContent('10 s');
    await advance(1000);
    expect(field(page.el, 'run_time')).toHaveTextContent('11 s');
    await advance(1000);
    expect(field(page.el, 'run_time')).toHaveTextContent('12 s');
    expect(field(page.el, 'queue_wait')).toHaveTextContent('2 h 59 min');

    api.store.updateJob(job.id, { status: 'completed', completed_at: formatTimestamp(Date.now() + 500) });
    await advance(2000);
    expect(field(page.el, 'completed_at')).not.toHaveTextContent('—');
    const final = field(page.el, 'run_time')?.textContent;
    await advance(5000);
    expect(field(page.el, 'run_time')?.textContent).toBe(final);
  });

  it('counts the wait of a queued job, and stops it when the job starts', async () => {
    const job = buildJob({ status: 'queued', created_at: formatTimestamp(Date.now() - 30_000) });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    expect(field(page.el, 'queue_wait')).toHaveTextContent('30 s');
    expect(field(page.el, 'run_time')).toHaveTextContent('Not started');
    await advance(1000);
    expect(field(page.el, 'queue_wait')).toHaveTextContent('31 s');

    api.store.updateJob(job.id, { status: 'running', started_at: formatTimestamp(Date.now()) });
    await advance(2000);
    const waited = field(page.el, 'queue_wait')?.textContent;
    expect(waited).toMatch(/^3[12] s$/);
    await advance(3000);
    expect(field(page.el, 'queue_wait')?.textContent).toBe(waited);
    expect(field(page.el, 'run_time')).toHaveTextContent(/^[2-5] s$/);
  });

  it('adds sections that were empty at first render when their data arrives', async () => {
    const job = buildJob({ job_type: 'scan', status: 'running' });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    expect(screen.queryByRole('heading', { name: 'Summary' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Error' })).toBeNull();
    expect(field(page.el, 'output_path')).toBeNull();

    api.store.updateJob(job.id, {
      status: 'failed',
      completed_at: formatTimestamp(Date.now()),
      error_message: 'Disk full while writing /out/<x>.mkv',
      output_path: '/out/report.json',
      summary_raw: { total_discovered: 2500, scanned: 2400, skipped: 100, added: 12, removed: 3, errors: 1 },
    });
    await advance(2000);

    const summary = screen.getByRole('heading', { name: 'Summary' }).closest('section') as HTMLElement;
    expect(figure(summary, 'Discovered')).toHaveTextContent('2,500');
    expect(figure(summary, 'Errors')).toHaveTextContent('1');
    const error = screen.getByRole('heading', { name: 'Error' }).closest('section') as HTMLElement;
    expect(error).toHaveTextContent('Disk full while writing /out/<x>.mkv');
    expect(field(page.el, 'output_path')).toHaveTextContent('/out/report.json');
  });

  it('renders a transcode summary with sizes and codec, and unknown keys as text', async () => {
    const job = buildJob({
      job_type: 'transcode',
      status: 'completed',
      completed_at: formatTimestamp(Date.now()),
      summary_raw: {
        input_size_bytes: 4 * 1024 ** 3,
        output_size_bytes: 1.5 * 1024 ** 3,
        video_codec: 'hevc',
        hdr_format: '<b>HDR10</b>',
      },
    });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();
    const figures = page.el.querySelector('.job-detail__figures') as HTMLElement;
    expect(figure(figures, 'Input size')).toHaveTextContent('4.0 GB');
    expect(figure(figures, 'Output size')).toHaveTextContent('1.5 GB');
    expect(figure(figures, 'Video codec')).toHaveTextContent('hevc');
    expect(figure(figures, 'Hdr format')).toHaveTextContent('<b>HDR10</b>');
    expect(figures.querySelector('b')).toBeNull();
    // The server's human summary text is shown too.
    expect(page.el.querySelector('.job-detail__summary-text')).not.toBeNull();
  });
});
