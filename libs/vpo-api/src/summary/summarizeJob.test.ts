import { describe, expect, it } from 'vitest';
import { formatFileSize } from './formatFileSize.ts';
import { summarizeJob } from './summarizeJob.ts';

// Expected texts follow VPO's generate_summary_text, checked against CPython where rounding is involved.

describe('summarizeJob', () => {
  it('scan: counts, with zero parts left out and one error singular', () => {
    expect(summarizeJob('scan', { scanned: 120, added: 3, removed: 1, skipped: 100, errors: 2 })).toBe(
      'Scanned 120 files, 3 new, 1 removed, 100 unchanged, 2 errors',
    );
    expect(summarizeJob('scan', { scanned: 5, errors: 1 })).toBe('Scanned 5 files, 1 error');
    expect(summarizeJob('scan', {})).toBe('Scanned 0 files');
    expect(summarizeJob('scan', { scanned: 'many' })).toBe('Scanned many files');
  });

  it('apply: policy, file count and actions', () => {
    expect(summarizeJob('apply', { policy_name: 'p', files_affected: 4, actions_applied: ['a', 'b'] })).toBe(
      "Applied policy 'p' to 4 files (a, b)",
    );
    expect(summarizeJob('apply', {})).toBe("Applied policy 'unknown' to 0 files");
    expect(summarizeJob('apply', { policy_name: null, actions_applied: [] })).toBe(
      "Applied policy 'None' to 0 files",
    );
    expect(summarizeJob('apply', { actions_applied: 'ab' })).toBe(
      "Applied policy 'unknown' to 0 files (a, b)",
    );
  });

  it('transcode: file names and the size ratio, rounded half to even', () => {
    const raw = { input_file: '/in/A.mkv', output_file: '/out/A.hevc.mkv', input_size_bytes: 1000 };
    expect(summarizeJob('transcode', { ...raw, output_size_bytes: 125 })).toBe(
      'Transcoded A.mkv \u2192 A.hevc.mkv (12% of original size)',
    );
    expect(summarizeJob('transcode', { ...raw, output_size_bytes: 445 })).toContain('(44% of original size)');
    expect(summarizeJob('transcode', { ...raw, output_size_bytes: 0 })).toBe(
      'Transcoded A.mkv \u2192 A.hevc.mkv',
    );
    expect(summarizeJob('transcode', {})).toBe('Transcoded input \u2192 output');
  });

  it('move: source name, destination and size', () => {
    expect(
      summarizeJob('move', { source_path: '/in/S.mkv', destination_path: '/lib/S', size_bytes: 1342177280 }),
    ).toBe('Moved S.mkv \u2192 /lib/S (1.2 GB)');
    expect(summarizeJob('move', {})).toBe('Moved source \u2192 destination');
  });

  it('process, prune, unknown types and missing summaries → null', () => {
    expect(summarizeJob('process', { phases_completed: 2, total_changes: 3 })).toBeNull();
    expect(summarizeJob('prune', { files_pruned: 3 })).toBeNull();
    expect(summarizeJob('rebuild', { x: 1 })).toBeNull();
    expect(summarizeJob('scan', null)).toBeNull();
  });

  it('data Python would choke on → null, as VPO returns', () => {
    expect(summarizeJob('scan', { added: '3' })).toBeNull();
    expect(summarizeJob('scan', { errors: null })).toBeNull();
    expect(summarizeJob('apply', { actions_applied: [1, 2] })).toBeNull();
    expect(summarizeJob('apply', { actions_applied: 5 })).toBeNull();
    expect(summarizeJob('transcode', { input_file: 7 })).toBeNull();
    expect(summarizeJob('move', { size_bytes: 'big' })).toBeNull();
  });

  it('does not read inherited properties as summary keys', () => {
    expect(summarizeJob('apply', Object.create({ files_affected: 9 }))).toBe(
      "Applied policy 'unknown' to 0 files",
    );
  });
});

describe('formatFileSize', () => {
  it('uses binary units with one decimal, rounded half to even', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(128 * 1024 ** 2)).toBe('128.0 MB');
    expect(formatFileSize(1.25 * 1024 ** 3)).toBe('1.2 GB');
    expect(formatFileSize(4.2 * 1024 ** 3)).toBe('4.2 GB');
  });
});
