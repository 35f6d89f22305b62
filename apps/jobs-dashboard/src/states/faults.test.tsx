import { screen, within } from '@solidjs/testing-library';
import {
  buildJob,
  buildJobs,
  createFakeJobStore,
  createJobsApiHandlers,
  faults,
} from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { API_ORIGIN, rowIds, rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start, server } = useDashboardHarness();
const LIST = '*/api/jobs';

const indicator = () => screen.getByRole('status');

describe('when the first load fails', () => {
  it('shows an error with a retry button, and recovers when retried', async () => {
    const jobs = buildJobs(3, 1);
    const { root, settle } = await start(jobs, { handlers: [faults.serverError(LIST)] });
    expect(screen.getByRole('alert')).toHaveTextContent('Jobs could not be loaded');
    server.resetHandlers();
    server.use(...createJobsApiHandlers(createFakeJobStore({ data: { jobs } }), { baseUrl: API_ORIGIN }));
    screen.getByRole('button', { name: 'Try again' }).click();
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rowIds(root)).toHaveLength(3);
  });

  it.each([
    ['invalid JSON', () => faults.invalidJson(LIST), /does not understand/],
    ['a wrong shape', () => faults.wrongShape(LIST), /does not understand/],
    ['a network error', () => faults.networkError(LIST), /could not be reached/],
    ['a 401', () => faults.unauthorized(LIST), /asked for credentials/],
  ])('explains %s as text', async (_name, fault, text) => {
    await start([buildJob()], { handlers: [fault()] });
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });
});

describe('when polls fail after the table is shown', () => {
  it('keeps the table through a 500 storm: Reconnecting, then Offline, then Live again', async () => {
    const job = buildJob({ status: 'running', progress_percent: 10 });
    const { root, store, advance } = await start([job, ...buildJobs(4, 2)]);
    const row = rowOf(root, job.id);
    expect(indicator()).toHaveAttribute('data-state', 'connected');
    expect(indicator()).toHaveTextContent('Live');
    server.use(faults.serverError(LIST));
    await advance();
    expect(indicator()).toHaveTextContent('Reconnecting');
    await advance();
    await advance();
    expect(indicator()).toHaveTextContent('Offline');
    expect(indicator()).toHaveAttribute('data-state', 'error');
    expect(rowOf(root, job.id)).toBe(row);
    expect(screen.queryByRole('alert')).toBeNull();
    server.resetHandlers();
    server.use(...createJobsApiHandlers(store, { baseUrl: API_ORIGIN }));
    store.updateJob(job.id, { progress_percent: 80 });
    await advance(10_000);
    expect(indicator()).toHaveTextContent('Live');
    expect(rowOf(root, job.id)).toBe(row);
    expect(within(row!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '80');
  });

  it('waits at least Retry-After after a 429', async () => {
    const { listRequests, advance } = await start(buildJobs(2, 1));
    server.use(faults.rateLimited(LIST, '30', { once: true }));
    await advance();
    const afterLimited = listRequests().length;
    await advance(29_000);
    expect(listRequests().length).toBe(afterLimited);
    await advance(1_500);
    expect(listRequests().length).toBe(afterLimited + 1);
  });

  it('treats a 304 as fresh data and writes nothing to the table', async () => {
    const { root, listRequests, advance } = await start(buildJobs(10, 3));
    const tbody = root.querySelector('tbody')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(tbody, { subtree: true, childList: true, attributes: true, characterData: true });
    await advance();
    expect(listRequests().length).toBeGreaterThanOrEqual(2);
    expect(observer.takeRecords()).toHaveLength(0);
    expect(indicator()).toHaveTextContent('Live');
    observer.disconnect();
  });

  it('pauses while the browser is offline and fetches at once when back online', async () => {
    const { listRequests, advance, settle } = await start(buildJobs(2, 1));
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    await settle();
    expect(indicator()).toHaveTextContent('Paused');
    const count = listRequests().length;
    await advance(20_000);
    expect(listRequests().length).toBe(count);
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(listRequests().length).toBe(count + 1);
    expect(indicator()).toHaveTextContent('Live');
  });
});

describe("VPO's header indicator", () => {
  it('is driven instead of a second indicator when the host page has one', async () => {
    await start(buildJobs(2, 1), { hostIndicator: true });
    const header = document.getElementById('connection-status')!;
    expect(screen.getAllByRole('status')).toEqual([header]);
    expect(header).toHaveTextContent('Live');
    expect(header).toHaveAttribute('data-state', 'connected');
    expect(header).toHaveClass('connection-status--connected');
  });
});
