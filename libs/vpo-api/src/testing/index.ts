// Test support for VPO's jobs API: an in-memory store, msw handlers serving the whole contract from it,
// fault handlers for UI tests, the contract suite every server implementation runs, and (from
// `@vpo-live/vpo-api/fixtures`' builders) the fixtures tests seed them with.
export { createFakeJobStore } from './fakeJobStore.ts';
export type { FakeJobStore } from './fakeJobStore.ts';
export { createJobsApiHandlers } from './createJobsApiHandlers.ts';
export { faults } from './faults.ts';

export { buildJob, fixtureId, resetFixtureIds } from '../fixtures/buildJob.ts';
export { buildJobs } from '../fixtures/buildJobs.ts';
export { buildLogLines } from '../fixtures/buildLogLines.ts';

export { describeJobsApiContract } from './contractSuite.ts';
export type { ContractTarget } from './contractSuite.ts';
