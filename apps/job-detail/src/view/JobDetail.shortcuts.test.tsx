import { screen } from '@solidjs/testing-library';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { describe, expect, it } from 'vitest';
import { settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

/** A key press as a keyboard makes it, on `target` (default: the focused element, else the body). */
function press(
  key: string,
  options: KeyboardEventInit = {},
  target: Element | null = document.activeElement,
) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options });
  (target ?? document.body).dispatchEvent(event);
  return event;
}

async function openRunningJob() {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now() - 5000) });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(20, { jobId: job.id }));
  const page = mountForTest(job.id);
  await settle();
  return page;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search the log' });

describe('keyboard shortcuts', () => {
  it('r refreshes the job and its log at once', async () => {
    await openRunningJob();
    const before = api.jobRequests().length;
    press('r', {}, document.body);
    await settle();
    expect(api.jobRequests().length).toBe(before + 1);
  });

  it('/ focuses the log search, without typing the slash into it', async () => {
    await openRunningJob();
    const event = press('/', {}, document.body);
    expect(document.activeElement).toBe(searchBox());
    expect(event.defaultPrevented).toBe(true);
  });

  it('/ is left to the browser where the job has no log to search', async () => {
    const job = buildJob({ status: 'queued' });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle();
    expect(press('/', {}, document.body).defaultPrevented).toBe(false);
  });

  it('? opens a labelled dialog listing the shortcuts; Escape closes it and focus returns', async () => {
    await openRunningJob();
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    refresh.focus();
    press('?', { shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Refresh the job and its log now');
    expect(dialog).toHaveTextContent('Search the log');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(refresh);
  });

  it('the header’s ? button opens the same dialog, and Close closes it', async () => {
    await openRunningJob();
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'Close' }).click();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('never fires while typing in a field, nor with Ctrl held', async () => {
    await openRunningJob();
    const before = api.jobRequests().length;
    searchBox().focus();
    const typed = press('r');
    press('?', { shiftKey: true });
    expect(typed.defaultPrevented).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    press('r', { ctrlKey: true }, document.body);
    await settle();
    expect(api.jobRequests().length).toBe(before);
  });

  it('unbinds on unmount', async () => {
    const page = await openRunningJob();
    page.unmount();
    const before = api.jobRequests().length;
    press('r', {}, document.body);
    press('?', { shiftKey: true }, document.body);
    await settle();
    expect(api.jobRequests().length).toBe(before);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
