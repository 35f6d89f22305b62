import { describe, expect, it } from 'vitest';
import type { ClaimedJob } from '../../db/jobClaims.ts';
import type { RunnerEvent } from '../../runner/jobRunner.ts';
import { describeRunnerEvent } from './describeRunnerEvent.ts';

const job: ClaimedJob = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  jobType: 'scan',
  filePath: '/media/tv',
  priority: 100,
  policyName: null,
  policyJson: null,
  createdAt: '2026-02-01T10:00:00+00:00',
  claimToken: '2026-02-01T10:00:01+00:00',
};

describe('describeRunnerEvent', () => {
  it('says a job started and how it ended; failures and lost runs are warnings', () => {
    expect(describeRunnerEvent({ type: 'claimed', job })).toEqual({
      level: 'info',
      message: 'job started: scan 6f1c2d3e /media/tv',
      fields: { jobId: job.id, jobType: 'scan' },
    });
    const ended = (end: Extract<RunnerEvent, { type: 'finished' }>['end']) =>
      describeRunnerEvent({ type: 'finished', job, end });
    expect(ended('completed')).toMatchObject({ level: 'info', message: 'job completed: scan 6f1c2d3e' });
    expect(ended('failed')).toMatchObject({ level: 'warn', message: 'job failed: scan 6f1c2d3e' });
    expect(ended('lost').level).toBe('warn');
    expect(ended('cancelled').level).toBe('info');
    expect(ended('completed').fields).toEqual({ jobId: job.id, jobType: 'scan', end: 'completed' });
  });

  it('warns of re-queued jobs with why, passing every field of the event through', () => {
    const event = { type: 'recovered', reason: 'worker-gone', count: 2, jobIds: ['a', 'b'] } as const;
    expect(describeRunnerEvent(event)).toEqual({
      level: 'warn',
      message: 're-queued 2 jobs: their worker process is gone',
      fields: { reason: 'worker-gone', count: 2, jobIds: ['a', 'b'] },
    });
    // A field or reason the runner adds later reaches the log as it is.
    const later = { ...event, reason: 'host-rebooted', count: 1, pids: [7] } as unknown as RunnerEvent;
    expect(describeRunnerEvent(later)).toMatchObject({
      message: 're-queued 1 job: host-rebooted',
      fields: { pids: [7] },
    });
  });

  it('logs runner errors at error level with the error itself', () => {
    const error = new Error('disk full');
    expect(describeRunnerEvent({ type: 'error', error })).toEqual({
      level: 'error',
      message: 'runner error',
      fields: { err: error },
    });
  });

  it('shows control characters in a path as escapes', () => {
    const message = describeRunnerEvent({
      type: 'claimed',
      job: { ...job, filePath: '/m/\u001b[2J' },
    }).message;
    expect(message).toBe('job started: scan 6f1c2d3e /m/\\x1b[2J');
  });
});
