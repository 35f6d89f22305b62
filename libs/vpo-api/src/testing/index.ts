// Test support for VPO's jobs API: an in-memory store, msw handlers serving the whole contract from it,
// fixture builders, fault handlers for UI tests, and the contract suite every server implementation runs.
export { createFakeJobStore } from './fakeJobStore.ts';
export type { FakeJobStore, FakeJobStoreOptions, JobStoreData, StoreAvailability } from './fakeJobStore.ts';
export { createJobsApiHandlers } from './createJobsApiHandlers.ts';
export type { JobsApiHandlersOptions } from './createJobsApiHandlers.ts';
export { queryJobs } from './queryJobs.ts';
export { etagOf, ifNoneMatchHits } from './etag.ts';
export { basicAuthHeader } from './basicAuth.ts';
export type { RateLimitOptions } from './rateLimiter.ts';
export { faults, ANY_API_PATH } from './faults.ts';
export type { FaultOptions } from './faults.ts';

export { buildJob, fixtureId, resetFixtureIds, FIXTURE_EPOCH } from './fixtures/buildJob.ts';
export { buildJobs } from './fixtures/buildJobs.ts';
export type { BuildJobsOptions } from './fixtures/buildJobs.ts';
export { buildLogLines, buildScanErrors } from './fixtures/buildLogLines.ts';
export type { BuildLogLinesOptions } from './fixtures/buildLogLines.ts';
export { buildSummaryRaw } from './fixtures/buildSummaryRaw.ts';
export { createRandom } from './fixtures/random.ts';

export { describeJobsApiContract } from './contractSuite.ts';
export type {
  ContractSuiteOptions,
  ContractTarget,
  ContractTargetConfig,
  CreateContractTarget,
} from './contractSuite.ts';
