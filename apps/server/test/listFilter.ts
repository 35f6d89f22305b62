import type { JobListFilter } from '../src/db/jobListSql.ts';

/** A list filter with VPO's defaults (no filter, newest first, 50 from the start), `overrides` applied. */
export const listFilter = (overrides: Partial<JobListFilter> = {}): JobListFilter => ({
  status: null,
  jobType: null,
  createdSince: null,
  search: null,
  sort: 'created_at',
  order: 'desc',
  limit: 50,
  offset: 0,
  ...overrides,
});
