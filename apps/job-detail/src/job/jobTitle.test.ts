import { describe, expect, it } from 'vitest';
import { jobTitle } from './jobTitle.ts';

const job = { job_type: 'scan', id_short: 'a1d3246e', progress_percent: 0 };

describe('jobTitle', () => {
  it('gives the percent of a running job', () => {
    expect(jobTitle({ ...job, status: 'running', progress_percent: 45.4 })).toBe('45% · scan a1d3246e');
    expect(jobTitle({ ...job, status: 'running', processed_count: 1, total_count: 4 })).toBe(
      '25% · scan a1d3246e',
    );
  });

  it('gives the status otherwise', () => {
    expect(jobTitle({ ...job, status: 'completed', progress_percent: 100 })).toBe(
      'Completed · scan a1d3246e',
    );
    expect(jobTitle({ ...job, status: 'queued' })).toBe('Queued · scan a1d3246e');
    expect(jobTitle({ ...job, status: 'running' })).toBe('Running · scan a1d3246e');
  });

  it('spells out bidi controls and cuts long server strings', () => {
    expect(jobTitle({ ...job, status: 'failed', job_type: 'scan\u202Eexe' })).toBe(
      'Failed · scan⟨U+202E⟩exe a1d3246e',
    );
    const title = jobTitle({ ...job, status: 'x'.repeat(500), job_type: '<img src=x>'.repeat(20) });
    expect(title.length).toBeLessThan(70);
  });
});
