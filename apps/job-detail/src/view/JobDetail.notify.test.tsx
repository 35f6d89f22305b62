import { screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTIFY_KEY } from '../notify/notifyPreference.ts';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest, setVisibility } from '../testing/mountForTest.ts';

const api = usePageHarness();

/** A fake Notification API: its permission, what `requestPermission` answers, and every notification made. */
function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission = 'granted') {
  const shown: { title: string; options: NotificationOptions }[] = [];
  const requests = vi.fn(async () => {
    FakeNotification.permission = answer;
    return answer;
  });
  class FakeNotification {
    static permission: NotificationPermission = permission;
    static requestPermission = requests;
    constructor(title: string, options: NotificationOptions) {
      shown.push({ title, options });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, requests };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

const notifyButton = () => screen.getByRole('button', { name: /Notify me/ });

function runningJob() {
  const job = buildJob({ job_type: 'scan', status: 'running', file_path: '/media/<b>x</b>' });
  api.store.insertJob(job);
  return job;
}

const fail = (id: string) =>
  api.store.updateJob(id, {
    status: 'failed',
    completed_at: formatTimestamp(Date.now()),
    error_message: 'Disk <i>full</i>\u202E',
  });

describe('desktop notifications', () => {
  it('asks permission only on the click, remembers the choice, and notifies when the job fails while hidden', async () => {
    const { shown, requests } = fakeNotifications('default');
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    expect(requests).not.toHaveBeenCalled();
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'false');

    notifyButton().click();
    await settle();
    expect(requests).toHaveBeenCalledTimes(1);
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(NOTIFY_KEY)).toBe('on');

    setVisibility('hidden');
    fail(job.id);
    // Polling pauses while hidden; an armed page still checks the job now and then.
    await advance(10_000, 1000);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(`Job failed · scan ${job.id.slice(0, 8)}`);
    // Text only: markup stays text, bidi controls are spelled out.
    expect(shown[0]?.options.body).toBe('Disk <i>full</i>⟨U+202E⟩');
    expect(shown[0]?.options.tag).toBe(`vpo-live:job:${job.id}`);
  });

  it('shows nothing when the tab is visible: the page says it already', async () => {
    const { shown } = fakeNotifications('granted');
    localStorage.setItem(NOTIFY_KEY, 'on');
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'true');
    fail(job.id);
    await advance(2000);
    expect(document.querySelector('.vpo-badge')).toHaveTextContent('Failed');
    expect(shown).toHaveLength(0);
  });

  it('shows nothing, and checks nothing while hidden, when the operator did not opt in', async () => {
    const { shown } = fakeNotifications('granted');
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    setVisibility('hidden');
    const before = api.jobRequests().length;
    fail(job.id);
    await advance(30_000, 1000);
    expect(api.jobRequests().length).toBe(before);
    expect(shown).toHaveLength(0);
  });

  it('turns off on a second click, and stays off for the next page', async () => {
    fakeNotifications('granted');
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    notifyButton().click();
    await settle();
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'true');
    notifyButton().click();
    await settle();
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'false');
    page.unmount();
    mountForTest(job.id);
    await settle();
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'false');
  });

  it('says so when the browser blocks notifications', async () => {
    const { requests } = fakeNotifications('default', 'denied');
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    notifyButton().click();
    await settle();
    expect(requests).toHaveBeenCalledTimes(1);
    expect(notifyButton()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/blocked for this site/)).toBeInTheDocument();
    expect(localStorage.getItem(NOTIFY_KEY)).toBeNull();
  });

  it('offers nothing where the browser has no Notification API', async () => {
    vi.stubGlobal('Notification', undefined);
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    expect(screen.queryByRole('button', { name: /Notify me/ })).toBeNull();
  });

  it('leaves no timer after unmount', async () => {
    fakeNotifications('granted');
    localStorage.setItem(NOTIFY_KEY, 'on');
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    setVisibility('hidden');
    await advance(1000);
    page.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
