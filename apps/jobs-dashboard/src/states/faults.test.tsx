import { screen, within } from '@solidjs/testing-library';
import {
  buildJob,
  buildJobs,
  createFakeJobStore,
  createJobsApiHandlers,
  faults,
  type FakeJobStore,
} from '@vpo-live/vpo-api/testing';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { API_ORIGIN, rowIds, rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start, server } = useDashboardHarness();
const LIST = '*/api/jobs';

const indicator = () => screen.getByRole('status');

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  Reflect.deleteProperty(document, 'hidden');
});

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
    ['a 401', () => faults.unauthorized(LIST), /Not authorised.*wants a login \(401\)/],
  ])('explains %s as text', async (_name, fault, text) => {
    await start([buildJob()], { handlers: [fault()] });
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('after a 401, says so without claiming data, and loads the jobs when Try again is let in', async () => {
    const { root, store, settle } = await start(buildJobs(2, 1), { handlers: [refuse()] });
    expect(screen.getByRole('alert')).not.toHaveTextContent('last data');
    expect(indicator()).toHaveAttribute('data-state', 'terminal');
    serve(store);
    screen.getByRole('button', { name: 'Try again' }).click();
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rowIds(root)).toHaveLength(2);
  });
});

/** A 401 without a `WWW-Authenticate` challenge (no browser sign-in dialog), on the job list. */
const refuse = () => http.get(LIST, () => new HttpResponse('Unauthorized', { status: 401 }));
/** From now on the fake answers normally again. */
const serve = (store: FakeJobStore) => {
  server.resetHandlers();
  server.use(...createJobsApiHandlers(store, { baseUrl: API_ORIGIN }));
};

describe('when the server refuses access (401) after the table is shown', () => {
  async function refusedDashboard() {
    const job = buildJob({ status: 'running', progress_percent: 10 });
    const mounted = await start([job, ...buildJobs(4, 2)]);
    const row = rowOf(mounted.root, job.id);
    server.use(refuse());
    await mounted.advance();
    return { ...mounted, job, row };
  }

  it('keeps the table, says the server refused access, and stops polling', async () => {
    const { root, job, row, listRequests, advance } = await refusedDashboard();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not authorised');
    expect(alert).toHaveTextContent('The server wants a login (401)');
    expect(alert).toHaveTextContent('What you see is the last data received.');
    expect(rowOf(root, job.id)).toBe(row);
    expect(rowIds(root)).toHaveLength(5);
    expect(indicator()).toHaveAttribute('data-state', 'terminal');
    const count = listRequests().length;
    await advance(10 * 60_000);
    expect(listRequests().length).toBe(count);
  });

  it('Refresh asks again; once the server answers 200 the page is live again', async () => {
    const { root, job, store, row, listRequests, settle, advance } = await refusedDashboard();
    const count = listRequests().length;
    screen.getByRole('button', { name: /refresh/i }).click();
    await settle();
    expect(listRequests().length).toBe(count + 1);
    expect(screen.getByRole('alert')).toHaveTextContent('Not authorised');

    serve(store);
    store.updateJob(job.id, { progress_percent: 60 });
    screen.getByRole('button', { name: /refresh/i }).click();
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(indicator()).toHaveTextContent('Live');
    expect(rowOf(root, job.id)).toBe(row);
    expect(within(row!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '60');
    store.updateJob(job.id, { progress_percent: 70 });
    await advance();
    expect(within(row!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '70');
  });

  it('returning to the tab asks again, and the table is live again after a 200', async () => {
    const { root, job, store, row, listRequests, settle } = await refusedDashboard();
    serve(store);
    store.updateJob(job.id, { progress_percent: 45 });
    const count = listRequests().length;
    setVisibility('hidden');
    setVisibility('visible');
    await settle();
    expect(listRequests().length).toBe(count + 1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(indicator()).toHaveTextContent('Live');
    expect(within(rowOf(root, job.id)!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '45');
    expect(rowOf(root, job.id)).toBe(row);
  });
});

/** Sets `document.visibilityState` and fires `visibilitychange`, as a tab switch does. */
function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

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
