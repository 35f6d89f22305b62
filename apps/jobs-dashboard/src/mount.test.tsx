import { screen } from '@solidjs/testing-library';
import { buildJob, buildJobs, faults } from '@vpo-live/vpo-api/testing';
import { describe, expect, it, vi } from 'vitest';
import { INTERVAL, rowOf, useDashboardHarness } from './testing/dashboardHarness.ts';

const { start, server } = useDashboardHarness();

describe('mount', () => {
  it('polls at the interval from <body data-polling-interval>', async () => {
    const { listRequests, advance } = await start(buildJobs(2, 1), { interval: 3000 });
    expect(listRequests()).toHaveLength(1);
    await advance(2999);
    expect(listRequests()).toHaveLength(1);
    await advance(1);
    expect(listRequests()).toHaveLength(2);
  });

  it('with polling disabled, loads the jobs once, says Paused and refreshes only on demand', async () => {
    document.body.dataset.pollingEnabled = 'false';
    const { root, listRequests, advance, settle } = await start(buildJobs(3, 1));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    await advance(60_000);
    expect(listRequests()).toHaveLength(1);
    screen.getByRole('button', { name: 'Refresh' }).click();
    await settle();
    expect(listRequests()).toHaveLength(2);
  });

  it('links its stylesheet once, as a file (no inline <style>)', async () => {
    await start([]);
    await start([]);
    const links = document.head.querySelectorAll('link[rel="stylesheet"][data-vpo-live="jobs-dashboard"]');
    expect(links).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('releases every timer, listener and request when unmounted (FR-013)', async () => {
    const { root, listRequests, unmount, advance } = await start(buildJobs(3, 1));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(root).toBeEmptyDOMElement();
    const count = listRequests().length;
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    await advance(60_000);
    expect(listRequests()).toHaveLength(count);
  });

  it('pauses while the tab is hidden and fetches at once when shown (FR-009/010)', async () => {
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    const { listRequests, advance, settle } = await start(buildJobs(2, 1));
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    const count = listRequests().length;
    await advance(INTERVAL * 10);
    expect(listRequests()).toHaveLength(count);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(listRequests()).toHaveLength(count + 1);
    Reflect.deleteProperty(document, 'visibilityState');
  });
});

describe('toolbar', () => {
  it('says when the data was last updated and refreshes on demand', async () => {
    const { listRequests, settle } = await start(buildJobs(2, 1));
    await vi.advanceTimersByTimeAsync(1500);
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(10_000);
    // Polls every 2 s keep it fresh.
    expect(screen.getByText(/Updated (just now|\d s ago)/)).toBeInTheDocument();
    const count = listRequests().length;
    screen.getByRole('button', { name: 'Refresh' }).click();
    await settle();
    expect(listRequests()).toHaveLength(count + 1);
  });

  it('marks the table busy while a request is in flight for more than 200 ms (FR-015)', async () => {
    const { root, advance, settle } = await start(buildJobs(2, 1));
    server.use(faults.slow('*/api/jobs', 1000, { once: true }));
    await vi.advanceTimersByTimeAsync(INTERVAL);
    await settle();
    expect(root.querySelector('table')).toHaveAttribute('aria-busy', 'false');
    await advance(200);
    expect(root.querySelector('table')).toHaveAttribute('aria-busy', 'true');
    expect(root.querySelector('.vpo-spinner')).toHaveClass('vpo-spinner--active');
    await advance(800);
    expect(root.querySelector('table')).toHaveAttribute('aria-busy', 'false');
  });

  it('writes no busy state for a poll that answers within 200 ms', async () => {
    const { root, advance } = await start(buildJobs(2, 1));
    const observer = new MutationObserver(() => undefined);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy', 'class'] });
    await advance();
    await advance();
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
  });
});

describe('announcements', () => {
  it('announces jobs on screen that complete or fail, once per poll', async () => {
    const jobs = [buildJob({ status: 'running' }), buildJob({ status: 'running', job_type: 'move' })];
    const { root, store, advance } = await start(jobs);
    const region = screen.getByTestId('live-region');
    expect(region).toBeEmptyDOMElement();
    store.updateJob(jobs[0]!.id, { status: 'completed' });
    store.updateJob(jobs[1]!.id, { status: 'failed' });
    await advance();
    // In table order: the newer job first.
    expect(region).toHaveTextContent(
      `Job ${jobs[1]!.id.slice(0, 8)} (Move) failed. Job ${jobs[0]!.id.slice(0, 8)} (Scan) completed.`,
    );
    expect(rowOf(root, jobs[0]!.id)).not.toBeNull();
  });
});
