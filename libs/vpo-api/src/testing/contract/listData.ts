import type { JobSeed } from '../../jobs/jobSeed.ts';
import { contractId } from './contractContext.ts';

/** Ids of the list data set, by number 1–8 (created in that order, one day apart). */
export const L = (n: number): string => contractId(0x100 + n);

const row = (n: number, job: Omit<JobSeed, 'id'>): JobSeed => ({ id: L(n), ...job });

/**
 * Eight jobs with distinct created_at and file_path values, every type and status, paths with `%`, `_`, `\`
 * and mixed case, and durations that tell truncation from rounding.
 */
export const LIST_JOBS: JobSeed[] = [
  row(1, {
    job_type: 'scan',
    status: 'completed',
    file_path: '/media/Movies/Alpha (2001).mkv',
    created_at: '2026-01-10T08:00:00.000000+00:00',
    started_at: '2026-01-10T08:00:01.000000+00:00',
    completed_at: '2026-01-10T08:01:40.999999+00:00',
    progress_percent: 100,
  }),
  row(2, {
    job_type: 'transcode',
    status: 'running',
    file_path: '/media/Movies/beta_cut.mkv',
    created_at: '2026-01-11T09:00:00.500000+00:00',
    started_at: '2026-01-11T09:00:02.000000+00:00',
    progress_percent: 42.7,
  }),
  row(3, {
    job_type: 'apply',
    status: 'failed',
    file_path: '/media/TV/Show 100% Live.mkv',
    created_at: '2026-01-12T10:00:00.000000+00:00',
    completed_at: '2026-01-12T10:00:30.000000+00:00',
    error_message: 'Disk full',
    progress_percent: 12.5,
  }),
  row(4, {
    job_type: 'move',
    status: 'queued',
    file_path: '/media/incoming/gamma.MKV',
    created_at: '2026-01-13T11:00:00.000001+00:00',
  }),
  row(5, {
    job_type: 'process',
    status: 'cancelled',
    file_path: '/media/TV/under_score\\back.mkv',
    created_at: '2026-01-14T12:00:00.000000+00:00',
    completed_at: '2026-01-14T12:00:05.000000+00:00',
  }),
  row(6, {
    job_type: 'prune',
    status: 'completed',
    file_path: '/media/library',
    created_at: '2026-01-15T13:00:00.000000+00:00',
    completed_at: '2026-01-15T14:00:00.000000+00:00',
    progress_percent: 100,
  }),
  row(7, {
    job_type: 'scan',
    status: 'running',
    file_path: '/media/TV',
    created_at: '2026-01-16T14:00:00.000000+00:00',
    started_at: '2026-01-16T14:00:00.250000+00:00',
    progress_percent: 25,
    processed_count: 25,
    total_count: 100,
  }),
  row(8, {
    job_type: 'transcode',
    status: 'completed',
    file_path: '/media/Movies/DELTA.mkv',
    created_at: '2026-01-17T15:00:00.000000+00:00',
    completed_at: '2026-01-17T17:00:00.500000+00:00',
    progress_percent: 100,
  }),
];

/** Ids newest first: the default order. */
export const NEWEST_FIRST = [8, 7, 6, 5, 4, 3, 2, 1].map(L);
