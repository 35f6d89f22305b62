import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { CSRF_HEADER } from '../actions/jobActions.ts';
import { describeJobsApiContract } from './contractSuite.ts';
import { createJobsApiHandlers } from './createJobsApiHandlers.ts';
import { createFakeJobStore } from './fakeJobStore.ts';

// Each target gets its own origin, so targets of different groups never share handlers or counters.
const server = setupServer();
let targets = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describeJobsApiContract(
  'msw fake',
  async (config) => {
    targets += 1;
    const baseUrl = `http://vpo-${targets}.test`;
    const store = createFakeJobStore();
    const { actions, ...handlerConfig } = config;
    const csrfToken = actions ? `fake-session-${targets}` : undefined;
    server.use(
      ...createJobsApiHandlers(store, { baseUrl, ...handlerConfig, ...(csrfToken ? { csrfToken } : {}) }),
    );
    return {
      baseUrl,
      seed: async (data) => store.seed(data),
      updateJob: async (id, patch) => void store.updateJob(id, patch),
      deleteJob: async (id) => void store.deleteJob(id),
      appendLog: async (id, lines) => store.appendLog(id, lines),
      actionHeaders: async (): Promise<Record<string, string>> =>
        csrfToken ? { [CSRF_HEADER]: csrfToken } : {},
      close: async () => undefined,
    };
  },
  { auth: { token: 's3cret' }, rateLimit: { maxRequests: 12, windowMs: 60_000 }, actions: true },
);
