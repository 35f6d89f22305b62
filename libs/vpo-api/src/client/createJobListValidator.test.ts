import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildJobs } from '../fixtures/buildJobs.ts';
import { toJobListItem } from '../jobs/toJobListItem.ts';
import { JobListResponseSchema } from '../schemas.ts';
import { createJobListValidator } from './createJobListValidator.ts';
import { describeIssues } from './describeIssues.ts';

const body = (jobs: unknown[]) => ({
  jobs,
  total: jobs.length,
  limit: 100,
  offset: 0,
  has_filters: false,
  max_page_size: 100,
});
/** A list as the server sends it: a fresh parse of its JSON, as every response is. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const rows = (count: number) => buildJobs(count, 7).map((seed) => toJobListItem(seed));

describe('createJobListValidator', () => {
  it('accepts what the schema accepts, with the same output', () => {
    const list = wire(body(rows(5)));
    const result = createJobListValidator()(list);
    const schema = v.safeParse(JobListResponseSchema, list);
    expect(result.success).toBe(true);
    expect(result.success && result.output).toEqual(schema.output);
  });

  it('does not check an unchanged row again: the output is the row accepted last time', () => {
    const validate = createJobListValidator();
    const jobs = rows(4);
    const first = validate(wire(body(jobs)));
    const changed = [{ ...jobs[0]!, progress_percent: 55 }, ...jobs.slice(1)];
    const second = validate(wire(body(changed)));
    if (!first.success || !second.success) throw new Error('rejected');
    expect(second.output.jobs[0]).not.toBe(first.output.jobs[0]);
    expect(second.output.jobs[0]!.progress_percent).toBe(55);
    for (let i = 1; i < 4; i += 1) expect(second.output.jobs[i]).toBe(first.output.jobs[i]);
    expect(second.output).toEqual(v.safeParse(JobListResponseSchema, wire(body(changed))).output);
  });

  it('finds unchanged rows that moved (a new job on top, the last one gone)', () => {
    const validate = createJobListValidator();
    const jobs = rows(6);
    const first = validate(wire(body(jobs.slice(1))));
    const second = validate(wire(body(jobs.slice(0, 5))));
    if (!first.success || !second.success) throw new Error('rejected');
    expect(second.output.jobs.slice(1)).toEqual(first.output.jobs.slice(0, 4));
    second.output.jobs.slice(1).forEach((row, i) => expect(row).toBe(first.output.jobs[i]));
  });

  it('rejects a row that turned invalid, naming its path as the schema does', () => {
    const validate = createJobListValidator();
    const jobs = rows(3);
    validate(wire(body(jobs)));
    const bad = wire(body([jobs[0], { ...jobs[1], status: 5 }, jobs[2]]));
    const result = validate(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeIssues(result.issues)).toContain('jobs[1].status');
    expect(result.issues).toEqual(v.safeParse(JobListResponseSchema, bad).issues);
  });

  it('checks again a row whose keys changed, or that holds an object', () => {
    const validate = createJobListValidator();
    const [job] = rows(1);
    const first = validate(wire(body([{ ...job, extra: { a: 1 } }])));
    const nested = validate(wire(body([{ ...job, extra: { a: 1 } }])));
    const fewer = validate(wire(body([{ ...job, extra: undefined, processed_count: undefined }])));
    const missing = { ...job } as Record<string, unknown>;
    delete missing.created_at;
    const rejected = validate(wire(body([missing])));
    if (!first.success || !nested.success || !fewer.success) throw new Error('rejected');
    expect(nested.output.jobs[0]).not.toBe(first.output.jobs[0]);
    expect(fewer.output.jobs[0]).not.toHaveProperty('extra');
    expect(rejected.success).toBe(false);
  });

  it('checks the envelope of every list, and forgets rows a rejected list had', () => {
    const validate = createJobListValidator();
    const jobs = rows(2);
    validate(wire(body(jobs)));
    expect(validate(wire({ ...body(jobs), total: -1 })).success).toBe(false);
    expect(validate(wire({ ...body(jobs), jobs: 'none' })).success).toBe(false);
    expect(validate(null).success).toBe(false);
    expect(validate(wire(body(jobs))).success).toBe(true);
  });
});
