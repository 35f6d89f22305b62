import { describe, expect, it } from 'vitest';
import { progressModel } from './progressModel.ts';

const job = (over: Partial<Parameters<typeof progressModel>[0]>) => ({
  status: 'running',
  progress_percent: 0,
  summary_raw: null,
  ...over,
});

describe('progressModel', () => {
  it('shows live file counts with their percentage', () => {
    expect(progressModel(job({ progress_percent: 25, processed_count: 25, total_count: 100 }))).toEqual({
      text: 'Processing 25 of 100 files',
      bar: true,
      percent: 25,
    });
  });

  it('derives the percentage from the counts when the server reports 0 %', () => {
    expect(progressModel(job({ processed_count: 1, total_count: 3 }))).toMatchObject({ percent: 33 });
  });

  it('falls back to a scan summary', () => {
    expect(progressModel(job({ summary_raw: { scanned: 40, total_discovered: 80 } }))).toEqual({
      text: 'Processing 40 of 80 files',
      bar: true,
      percent: 50,
    });
  });

  it('falls back to the percentage alone', () => {
    expect(progressModel(job({ progress_percent: 42.6 }))).toEqual({ text: null, bar: true, percent: 43 });
  });

  it('is indeterminate for a running job that reports nothing', () => {
    expect(progressModel(job({}))).toEqual({
      text: 'Working — no progress reported yet',
      bar: true,
      percent: null,
    });
  });

  it('says a queued job has not started, without a bar', () => {
    expect(progressModel(job({ status: 'queued', progress_percent: 0 }))).toEqual({
      text: 'Waiting to start',
      bar: false,
      percent: null,
    });
  });

  it('shows a completed job at 100 % with what it processed', () => {
    expect(
      progressModel(job({ status: 'completed', summary_raw: { scanned: 2400, total_discovered: 2500 } })),
    ).toEqual({
      text: 'Processed 2,400 of 2,500 files',
      bar: true,
      percent: 100,
    });
  });

  it('keeps where a failed job stopped', () => {
    expect(progressModel(job({ status: 'failed', progress_percent: 61 }))).toEqual({
      text: null,
      bar: true,
      percent: 61,
    });
  });

  it('has nothing to say about a failed job that never reported progress', () => {
    expect(progressModel(job({ status: 'cancelled' }))).toBeNull();
  });
});
