import { describe, expect, it } from 'vitest';
import { queueSeconds, runSeconds, type JobTimestamps } from './jobTimes.ts';

const created = '2026-02-01T10:00:00.000000+00:00';
const started = '2026-02-01T12:52:00.000000+00:00';
const at = (iso: string) => Date.parse(iso);

const job = (overrides: Partial<JobTimestamps>): JobTimestamps => ({
  status: 'running',
  created_at: created,
  started_at: null,
  completed_at: null,
  ...overrides,
});

describe('runSeconds', () => {
  it('counts from the start, not from creation: a 20 s transcode that waited for hours ran 20 s', () => {
    const done = job({ status: 'completed', started_at: started, completed_at: '2026-02-01T12:52:20Z' });
    expect(runSeconds(done, 0)).toBe(20);
    expect(queueSeconds(done, 0)).toBe(2 * 3600 + 52 * 60);
  });

  it('ticks up to now while the job runs', () => {
    const running = job({ started_at: started });
    expect(runSeconds(running, at('2026-02-01T12:53:05.900Z'))).toBe(65);
  });

  it('has none for a job that never started', () => {
    expect(runSeconds(job({ status: 'queued' }), at('2026-02-01T13:00:00Z'))).toBeNull();
    expect(runSeconds(job({ status: 'cancelled', completed_at: started }), 0)).toBeNull();
  });

  it('has none for a stopped job without an end time, rather than ticking forever', () => {
    expect(
      runSeconds(job({ status: 'cancelled', started_at: started }), at('2026-02-02T00:00:00Z')),
    ).toBeNull();
  });

  it('never goes negative when the browser clock is behind the server', () => {
    expect(runSeconds(job({ started_at: started }), at('2026-02-01T12:51:00Z'))).toBe(0);
  });
});

describe('queueSeconds', () => {
  it('ticks up to now while the job waits', () => {
    expect(queueSeconds(job({ status: 'queued' }), at('2026-02-01T10:02:00Z'))).toBe(120);
  });

  it('stops at the start', () => {
    expect(queueSeconds(job({ started_at: started }), at('2026-02-05T00:00:00Z'))).toBe(2 * 3600 + 52 * 60);
  });

  it('runs to the end for a job cancelled while queued', () => {
    expect(queueSeconds(job({ status: 'cancelled', completed_at: '2026-02-01T10:00:42Z' }), 0)).toBe(42);
  });

  it('has none when the times are unknown or unreadable', () => {
    expect(queueSeconds(job({ status: 'running' }), 0)).toBeNull();
    expect(queueSeconds(job({ status: 'queued', created_at: 'soon' }), 0)).toBeNull();
  });
});
