import { describe, expect, it } from 'vitest';
import { fileProgress, fileProgressText } from './fileProgress.ts';

describe('fileProgress', () => {
  it('uses the live counts first', () => {
    expect(
      fileProgress({
        processed_count: 25,
        total_count: 100,
        summary_raw: { scanned: 1, total_discovered: 2 },
      }),
    ).toEqual({ processed: 25, total: 100, source: 'counts' });
  });

  it('falls back to a scan summary’s scanned / total_discovered', () => {
    expect(
      fileProgress({
        processed_count: null,
        total_count: null,
        summary_raw: { scanned: 40, total_discovered: 80 },
      }),
    ).toEqual({
      processed: 40,
      total: 80,
      source: 'summary',
    });
  });

  it('falls back to the summary when the server sends no counts at all (a VPO server)', () => {
    expect(fileProgress({ summary_raw: { scanned: 3, total_discovered: 9 } })?.source).toBe('summary');
  });

  it('knows nothing when neither is there, or the total is 0', () => {
    expect(fileProgress({ summary_raw: null })).toBeNull();
    expect(fileProgress({ processed_count: 0, total_count: 0, summary_raw: { files_pruned: 3 } })).toBeNull();
    expect(fileProgress({ summary_raw: { scanned: 0, total_discovered: 0 } })).toBeNull();
  });

  it('ignores counts of the wrong type', () => {
    expect(fileProgress({ summary_raw: { scanned: '4', total_discovered: 9 } })).toBeNull();
    expect(fileProgress({ summary_raw: { scanned: 1.5, total_discovered: 9 } })).toBeNull();
  });

  it('never reports more done than in all', () => {
    expect(fileProgress({ processed_count: 120, total_count: 100, summary_raw: null })?.processed).toBe(100);
  });
});

describe('fileProgressText', () => {
  it('reads “Processing X of Y files” while running', () => {
    expect(fileProgressText({ processed: 25, total: 100, source: 'counts' }, true)).toBe(
      'Processing 25 of 100 files',
    );
  });

  it('reads “Processed” once finished, with thousands separators and a singular', () => {
    expect(fileProgressText({ processed: 2500, total: 2500, source: 'summary' }, false)).toBe(
      'Processed 2,500 of 2,500 files',
    );
    expect(fileProgressText({ processed: 1, total: 1, source: 'counts' }, false)).toBe(
      'Processed 1 of 1 file',
    );
  });
});
