import { describe, expect, it } from 'vitest';
import { jobProgress, progressTone } from './jobProgress.ts';

describe('jobProgress', () => {
  it('shows nothing for a queued job', () => {
    expect(jobProgress({ status: 'queued', progress_percent: 0 })).toEqual({ kind: 'none' });
  });

  it('shows the rounded percent of a running job', () => {
    expect(jobProgress({ status: 'running', progress_percent: 44.6 })).toEqual({
      kind: 'determinate',
      percent: 45,
    });
  });

  it('is indeterminate for a running job that reports no progress (VPO sends 0.0)', () => {
    expect(jobProgress({ status: 'running', progress_percent: 0 })).toEqual({ kind: 'indeterminate' });
    expect(jobProgress({ status: 'running', progress_percent: null })).toEqual({ kind: 'indeterminate' });
  });

  it('derives the percent from file counts when the server sends them', () => {
    expect(
      jobProgress({ status: 'running', progress_percent: 0, processed_count: 25, total_count: 100 }),
    ).toEqual({ kind: 'determinate', percent: 25 });
  });

  it('shows 100 % when completed and keeps the last value when failed', () => {
    expect(jobProgress({ status: 'completed', progress_percent: 0 })).toEqual({
      kind: 'determinate',
      percent: 100,
    });
    expect(jobProgress({ status: 'failed', progress_percent: 61 })).toEqual({
      kind: 'determinate',
      percent: 61,
    });
    expect(jobProgress({ status: 'cancelled', progress_percent: 0 })).toEqual({ kind: 'none' });
  });

  it('treats unknown statuses neutrally', () => {
    expect(jobProgress({ status: 'hibernating', progress_percent: 0 })).toEqual({ kind: 'none' });
    expect(jobProgress({ status: 'hibernating', progress_percent: 300 })).toEqual({
      kind: 'determinate',
      percent: 100,
    });
  });
});

describe('progressTone', () => {
  it('colours finished, stopped and moving work differently', () => {
    expect(progressTone('completed')).toBe('done');
    expect(progressTone('failed')).toBe('stopped');
    expect(progressTone('cancelled')).toBe('stopped');
    expect(progressTone('running')).toBe('active');
    expect(progressTone('mystery')).toBe('active');
  });
});
