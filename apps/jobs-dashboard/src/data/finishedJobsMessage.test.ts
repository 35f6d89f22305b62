import { describe, expect, it } from 'vitest';
import { finishedJobsMessage } from './finishedJobsMessage.ts';

const job = (n: number, status: string, job_type = 'scan') => ({
  id: `0000000${n}-0000-4000-8000-000000000000`,
  job_type,
  status,
});
const statuses = (jobs: { id: string; status: string }[]) => new Map(jobs.map((j) => [j.id, j.status]));

describe('finishedJobsMessage', () => {
  it('announces jobs on screen that just completed or failed, in one sentence per job', () => {
    const before = [job(1, 'running'), job(2, 'running', 'transcode'), job(3, 'queued')];
    const after = [job(1, 'completed'), job(2, 'failed', 'transcode'), job(3, 'running')];
    expect(finishedJobsMessage(statuses(before), after)).toBe(
      'Job 00000001 (Scan) completed. Job 00000002 (Transcode) failed.',
    );
  });

  it('spells out a bidi control in a job type instead of letting it reorder the sentence', () => {
    const hostile = 'scan\u202Enoitcart';
    expect(finishedJobsMessage(statuses([job(1, 'running', hostile)]), [job(1, 'failed', hostile)])).toBe(
      'Job 00000001 (scan⟨U+202E⟩noitcart) failed.',
    );
  });

  it('says nothing for new rows, unchanged rows or other transitions', () => {
    expect(finishedJobsMessage(new Map(), [job(1, 'completed')])).toBe('');
    expect(finishedJobsMessage(statuses([job(1, 'completed')]), [job(1, 'completed')])).toBe('');
    expect(finishedJobsMessage(statuses([job(1, 'running')]), [job(1, 'cancelled')])).toBe('');
  });

  it('summarises instead of listing when many finish in one poll', () => {
    const before = [1, 2, 3, 4, 5].map((n) => job(n, 'running'));
    const after = [
      job(1, 'completed'),
      job(2, 'completed'),
      job(3, 'completed'),
      job(4, 'failed'),
      job(5, 'failed'),
    ];
    expect(finishedJobsMessage(statuses(before), after)).toBe('5 jobs finished: 3 completed, 2 failed.');
  });
});
