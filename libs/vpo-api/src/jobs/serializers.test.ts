import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { JobDetailSchema, JobListItemSchema } from '../schemas.ts';
import type { JobSeed } from './jobSeed.ts';
import { hasScanErrors, JOB_DETAIL_FIELDS, toJobDetail } from './toJobDetail.ts';
import { JOB_LIST_ITEM_FIELDS, toJobListItem } from './toJobListItem.ts';

const minimal: JobSeed = {
  id: '6f1c2d3e-1111-4222-8333-444455556666',
  job_type: 'scan',
  status: 'queued',
  created_at: '2026-02-01T10:00:00+00:00',
};

describe('toJobListItem / toJobDetail', () => {
  it('fill VPO’s defaults for a minimal row', () => {
    expect(toJobListItem(minimal)).toEqual({
      id: minimal.id,
      job_type: 'scan',
      status: 'queued',
      file_path: null,
      progress_percent: 0,
      created_at: minimal.created_at,
      completed_at: null,
      duration_seconds: null,
      processed_count: null,
      total_count: null,
      started_at: null,
    });
    expect(toJobDetail(minimal, false)).toMatchObject({
      id_short: '6f1c2d3e',
      priority: 100,
      summary: null,
      has_logs: false,
    });
  });

  it('emit fields in the documented order and satisfy the schemas', () => {
    const full: JobSeed = {
      ...minimal,
      status: 'completed',
      completed_at: '2026-02-01T10:00:05+00:00',
      summary_raw: { scanned: 3 },
    };
    expect(Object.keys(toJobListItem(full))).toEqual([...JOB_LIST_ITEM_FIELDS]);
    expect(Object.keys(toJobDetail(full, true))).toEqual([...JOB_DETAIL_FIELDS]);
    expect(v.is(JobListItemSchema, toJobListItem(full))).toBe(true);
    expect(v.is(JobDetailSchema, toJobDetail(full, true))).toBe(true);
    expect(toJobDetail(full, true)).toMatchObject({
      duration_seconds: 5,
      summary: 'Scanned 3 files',
      has_logs: true,
    });
  });

  it('has_scan_errors needs a scan job whose summary counts errors', () => {
    expect(hasScanErrors({ job_type: 'scan', summary_raw: { errors: 2 } })).toBe(true);
    expect(hasScanErrors({ job_type: 'scan', summary_raw: { errors: 0 } })).toBe(false);
    expect(hasScanErrors({ job_type: 'scan', summary_raw: { errors: '2' } })).toBe(false);
    expect(hasScanErrors({ job_type: 'scan', summary_raw: null })).toBe(false);
    expect(hasScanErrors({ job_type: 'apply', summary_raw: { errors: 2 } })).toBe(false);
  });
});
