import { describe, expect, it } from 'vitest';
import { genericValue, humanizeKey, summaryEntries } from './summaryEntries.ts';

const labels = (entries: { label: string; value: string }[]) => entries.map((e) => `${e.label}: ${e.value}`);

describe('summaryEntries', () => {
  it('lists a scan’s counts in VPO’s order', () => {
    const raw = { errors: 2, added: 10, total_discovered: 2500, scanned: 2400, skipped: 100, removed: 1 };
    expect(labels(summaryEntries('scan', raw))).toEqual([
      'Discovered: 2,500',
      'Scanned: 2,400',
      'Skipped: 100',
      'Added: 10',
      'Removed: 1',
      'Errors: 2',
    ]);
  });

  it('formats a transcode’s sizes, time and codec', () => {
    const raw = {
      input_file: '/media/a.mkv',
      output_file: '/media/a.hevc.mkv',
      input_size_bytes: 4 * 1024 ** 3,
      output_size_bytes: 1.5 * 1024 ** 3,
      duration_seconds: 200,
      video_codec: 'hevc',
      audio_tracks_processed: 2,
    };
    expect(labels(summaryEntries('transcode', raw))).toEqual([
      'Input file: /media/a.mkv',
      'Output file: /media/a.hevc.mkv',
      'Input size: 4.0 GB',
      'Output size: 1.5 GB',
      'Transcode time: 3 min 20 s',
      'Video codec: hevc',
      'Audio tracks processed: 2',
    ]);
  });

  it.each([
    ['process', { phases_completed: 3, total_changes: 12 }, ['Phases completed: 3', 'Changes: 12']],
    ['prune', { files_pruned: 1200 }, ['Files pruned: 1,200']],
    [
      'apply',
      { policy_name: 'default', files_affected: 4, actions_applied: 9 },
      ['Policy: default', 'Files affected: 4', 'Actions applied: 9'],
    ],
    [
      'move',
      { source_path: '/a', destination_path: '/b', size_bytes: 2048 },
      ['From: /a', 'To: /b', 'Size: 2.0 KB'],
    ],
  ])('labels a %s summary', (type, raw, expected) => {
    expect(labels(summaryEntries(type, raw))).toEqual(expected);
  });

  it('words sizes as VPO’s summary does, and shows anything but a size as it came', () => {
    const sizes = (size_bytes: unknown) => summaryEntries('move', { size_bytes })[0]!.value;
    expect([0, 1023, 1024, 1536, 150 * 1024 ** 2, 1_610_612_736].map(sizes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KB',
      '1.5 KB',
      '150.0 MB',
      '1.5 GB',
    ]);
    expect([-1, Number.NaN, '12', null].map(sizes)).toEqual(['-1', 'NaN', '12', '—']);
  });

  it('joins the names of the applied actions, as VPO’s summary does', () => {
    const raw = {
      policy_name: 'default',
      files_affected: 2,
      actions_applied: ['set_language', 'reorder_tracks'],
    };
    expect(labels(summaryEntries('apply', raw))).toEqual([
      'Policy: default',
      'Files affected: 2',
      'Actions applied: set_language, reorder_tracks',
    ]);
  });

  it('marks the known path values, so a long one is cut in the middle', () => {
    const entries = summaryEntries('move', { source_path: '/a', destination_path: 7, size_bytes: 1 });
    expect(entries.map((e) => [e.key, e.path === true])).toEqual([
      ['source_path', true],
      ['destination_path', false],
      ['size_bytes', false],
    ]);
    expect(summaryEntries('transcode', { input_file: '/i', output_file: '/o' }).every((e) => e.path)).toBe(
      true,
    );
  });

  it('adds unknown keys after the known ones, as text', () => {
    const raw = { files_pruned: 1, reclaimed_bytes: 5, 'dry-run': true, tags: ['a', 'b'], note: '<b>hi</b>' };
    expect(labels(summaryEntries('prune', raw))).toEqual([
      'Files pruned: 1',
      'Reclaimed bytes: 5',
      'Dry run: Yes',
      'Tags: ["a","b"]',
      'Note: <b>hi</b>',
    ]);
  });

  it('renders every key of an unknown job type generically', () => {
    expect(labels(summaryEntries('archive', { archived: 3, target: null }))).toEqual([
      'Archived: 3',
      'Target: —',
    ]);
  });

  it('does not treat inherited names as job types', () => {
    expect(labels(summaryEntries('toString', { a: 1 }))).toEqual(['A: 1']);
  });

  it('shows a known key holding an unexpected type as it came', () => {
    expect(labels(summaryEntries('scan', { scanned: 'lots', total_discovered: { n: 1 } }))).toEqual([
      'Discovered: {"n":1}',
      'Scanned: lots',
    ]);
  });

  it('has no rows without a summary', () => {
    expect(summaryEntries('scan', null)).toEqual([]);
    expect(summaryEntries('scan', {})).toEqual([]);
  });
});

describe('humanizeKey / genericValue', () => {
  it('humanizes snake and kebab case, keeping odd keys readable', () => {
    expect(humanizeKey('total_changes')).toBe('Total changes');
    expect(humanizeKey('__')).toBe('__');
  });

  it('never throws on values JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(genericValue(cyclic)).toBe('[object Object]');
    expect(genericValue(10n)).toBe('10');
    expect(genericValue(undefined)).toBe('—');
  });
});
