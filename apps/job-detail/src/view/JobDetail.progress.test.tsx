import { screen } from '@solidjs/testing-library';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

describe('progress', () => {
  it('shows "Processing X of Y files" and the percentage, moving with each poll', async () => {
    const job = buildJob({ status: 'running', progress_percent: 25, processed_count: 25, total_count: 100 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('Processing 25 of 100 files');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');

    api.store.updateJob(job.id, { progress_percent: 61.6, processed_count: 62 });
    await advance(2000);
    expect(screen.getByTestId('progress-text')).toHaveTextContent('Processing 62 of 100 files');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '62');
  });

  it('falls back to the scan summary’s scanned / total_discovered (a VPO server)', async () => {
    const job = buildJob({ status: 'running', summary_raw: { scanned: 30, total_discovered: 120 } });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('Processing 30 of 120 files');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
  });

  it('falls back to the percentage alone', async () => {
    const job = buildJob({ job_type: 'transcode', status: 'running', progress_percent: 42.4 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.queryByTestId('progress-text')).toBeNull();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByRole('progressbar')).toHaveTextContent('42%');
  });

  it('is indeterminate (no aria-valuenow) while a running job reports nothing, then determinate', async () => {
    const job = buildJob({ job_type: 'process', status: 'running', progress_percent: 0 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByTestId('progress-text')).toHaveTextContent('no progress reported yet');

    api.store.updateJob(job.id, { progress_percent: 10 });
    await advance(2000);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '10');
  });

  it('shows a queued job as waiting, with no bar', async () => {
    const job = buildJob({ status: 'queued' });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('Waiting to start');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('keeps where a failed job stopped, in the stopped colour', async () => {
    const job = buildJob({
      status: 'failed',
      progress_percent: 61,
      completed_at: '2026-02-01T12:00:40.000000+00:00',
    });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '61');
    expect(screen.getByRole('progressbar')).toHaveClass('vpo-progress--stopped');
  });
});
