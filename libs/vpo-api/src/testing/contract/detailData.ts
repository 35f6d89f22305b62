import type { JobSeed } from '../../jobs/jobSeed.ts';
import { contractId } from './contractContext.ts';

/** Ids of the detail data set. */
export const D = (n: number): string => contractId(0x400 + n);

const base = (n: number, job: Partial<JobSeed> & Pick<JobSeed, 'job_type' | 'status'>): JobSeed => ({
  id: D(n),
  created_at: '2026-02-01T10:00:00.000000+00:00',
  file_path: `/media/detail/${n}.mkv`,
  ...job,
});

/** One job per summary rule and field rule of the detail route, each with its expected `summary`. */
export const DETAIL_CASES: { job: JobSeed; summary: string | null }[] = [
  {
    job: base(1, {
      job_type: 'scan',
      status: 'completed',
      priority: 5,
      file_path: '/media/library',
      created_at: '2026-02-01T10:00:00.000001+00:00',
      started_at: '2026-02-01T10:00:01.000000+00:00',
      completed_at: '2026-02-01T10:00:10.000000+00:00',
      progress_percent: 100,
      summary_raw: { total_discovered: 120, scanned: 120, skipped: 100, added: 3, removed: 1, errors: 2 },
    }),
    summary: 'Scanned 120 files, 3 new, 1 removed, 100 unchanged, 2 errors',
  },
  {
    job: base(2, {
      job_type: 'transcode',
      status: 'running',
      policy_name: 'archive-hevc',
      progress_percent: 42.5,
    }),
    summary: null,
  },
  {
    job: base(3, {
      job_type: 'apply',
      status: 'completed',
      completed_at: '2026-02-01T10:00:02.000000+00:00',
      summary_raw: {
        policy_name: 'anime',
        files_affected: 4,
        actions_applied: ['set_default_audio', 'remove_commentary'],
      },
    }),
    summary: "Applied policy 'anime' to 4 files (set_default_audio, remove_commentary)",
  },
  {
    job: base(4, {
      job_type: 'transcode',
      status: 'completed',
      output_path: '/media/out/Film.hevc.mkv',
      summary_raw: {
        input_file: '/media/in/Film.mkv',
        output_file: '/media/out/Film.hevc.mkv',
        input_size_bytes: 1000,
        output_size_bytes: 125,
        duration_seconds: 5400,
        video_codec: 'hevc',
        audio_tracks_processed: 2,
      },
    }),
    // 12.5 % rounds half to even, as Python does.
    summary: 'Transcoded Film.mkv \u2192 Film.hevc.mkv (12% of original size)',
  },
  {
    job: base(5, {
      job_type: 'move',
      status: 'completed',
      summary_raw: {
        source_path: '/media/incoming/Show.mkv',
        destination_path: '/media/library/Show',
        size_bytes: 1342177280,
      },
    }),
    // 1.25 GB exactly: Python prints 1.2.
    summary: 'Moved Show.mkv \u2192 /media/library/Show (1.2 GB)',
  },
  {
    job: base(6, { job_type: 'prune', status: 'completed', summary_raw: { files_pruned: 7 } }),
    summary: null,
  },
  {
    job: base(7, {
      job_type: 'process',
      status: 'completed',
      summary_raw: { phases_completed: 2, total_changes: 5 },
    }),
    summary: null,
  },
  {
    job: base(8, { job_type: 'scan', status: 'completed', summary_raw: { scanned: 10, errors: 1 } }),
    summary: 'Scanned 10 files, 1 error',
  },
  { job: base(9, { job_type: 'scan', status: 'completed', summary_raw: {} }), summary: 'Scanned 0 files' },
  {
    job: base(10, { job_type: 'apply', status: 'completed', summary_raw: { files_affected: 2 } }),
    summary: "Applied policy 'unknown' to 2 files",
  },
  {
    job: base(11, {
      job_type: 'transcode',
      status: 'completed',
      summary_raw: {
        input_file: '/a/in.mkv',
        output_file: '/b/out/',
        input_size_bytes: 1000,
        output_size_bytes: 445,
      },
    }),
    summary: 'Transcoded in.mkv \u2192 out (44% of original size)',
  },
  {
    job: base(12, {
      job_type: 'scan',
      status: 'running',
      started_at: '2026-02-01T10:00:00.500000+00:00',
      progress_percent: 25,
      processed_count: 25,
      total_count: 100,
    }),
    summary: null,
  },
  {
    job: base(13, {
      job_type: 'move',
      status: 'failed',
      created_at: '2026-02-01T10:00:00Z',
      completed_at: '2026-02-01T10:01:30.500Z',
      error_message: 'Permission denied',
    }),
    summary: null,
  },
];

export const DETAIL_JOBS = DETAIL_CASES.map((entry) => entry.job);
