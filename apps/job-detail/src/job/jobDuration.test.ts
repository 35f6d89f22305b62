import { describe, expect, it } from 'vitest';
import { jobDurationSeconds } from './jobDuration.ts';

const created = '2026-02-01T10:00:00.000000+00:00';
const at = (iso: string) => Date.parse(iso);

describe('jobDurationSeconds', () => {
  it('takes the server’s figure when there is one', () => {
    expect(
      jobDurationSeconds(
        { status: 'completed', created_at: created, completed_at: null, duration_seconds: 42 },
        0,
      ),
    ).toBe(42);
  });

  it('counts a running job up to now from created_at', () => {
    const job = { status: 'running', created_at: created, completed_at: null, duration_seconds: null };
    expect(jobDurationSeconds(job, at('2026-02-01T10:01:05.900Z'))).toBe(65);
  });

  it('derives a finished job’s duration from its timestamps', () => {
    const job = {
      status: 'failed',
      created_at: created,
      completed_at: '2026-02-01T10:00:30Z',
      duration_seconds: null,
    };
    expect(jobDurationSeconds(job, 0)).toBe(30);
  });

  it('has none for a queued job or unreadable timestamps', () => {
    expect(
      jobDurationSeconds(
        { status: 'queued', created_at: created, completed_at: null, duration_seconds: null },
        1e13,
      ),
    ).toBeNull();
    expect(
      jobDurationSeconds(
        { status: 'running', created_at: 'soon', completed_at: null, duration_seconds: null },
        0,
      ),
    ).toBeNull();
  });

  it('never goes negative when the browser clock is behind the server', () => {
    const job = { status: 'running', created_at: created, completed_at: null, duration_seconds: null };
    expect(jobDurationSeconds(job, at('2026-02-01T09:59:00Z'))).toBe(0);
  });
});
