import { fireEvent, screen, within } from '@solidjs/testing-library';
import { formatTimestamp, type ScanError } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';

const api = usePageHarness();

const scanErrors = (n: number, from = 1): ScanError[] =>
  Array.from({ length: n }, (_, i) => {
    const filename = `broken-${String(from + i).padStart(3, '0')}.mkv`;
    return {
      path: `/media/library/${filename}`,
      filename,
      error: 'Invalid data found when processing input',
    };
  });

function runningScan() {
  const job = buildJob({ status: 'running', job_type: 'scan', started_at: formatTimestamp(Date.now()) });
  api.store.insertJob(job);
  return job;
}

const items = () => screen.queryAllByRole('listitem');
const errorRequests = () => api.requests.filter((url) => url.pathname.endsWith('/errors'));

describe('scan errors', () => {
  it('lists path and message, and grows live while the scan runs', async () => {
    const job = runningScan();
    mountForTest(job.id);
    await settle(10);
    expect(screen.queryByRole('heading', { name: 'Scan errors' })).toBeNull();
    api.store.setScanErrors(job.id, scanErrors(2));
    await advance(4000);
    expect(screen.getByTestId('scan-error-count')).toHaveTextContent('2 files failed');
    expect(items()).toHaveLength(2);
    expect(items()[0]).toHaveTextContent('/media/library/broken-001.mkv');
    expect(items()[0]).toHaveTextContent('Invalid data found when processing input');
    api.store.setScanErrors(job.id, scanErrors(3));
    await advance(4000);
    expect(items()).toHaveLength(3);
  });

  it('pages many errors, 20 at a time, and the page stays put as more arrive', async () => {
    const job = runningScan();
    api.store.setScanErrors(job.id, scanErrors(45));
    mountForTest(job.id);
    await settle(10);
    expect(items()).toHaveLength(20);
    const pager = screen.getByRole('navigation', { name: 'Scan error pages' });
    expect(pager).toHaveTextContent('1–20 of 45');
    fireEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    fireEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(items()).toHaveLength(5);
    expect(pager).toHaveTextContent('41–45 of 45');
    api.store.setScanErrors(job.id, scanErrors(48));
    await advance(4000);
    expect(pager).toHaveTextContent('41–48 of 48');
    expect(within(pager).getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('keeps hostile paths as text', async () => {
    const job = runningScan();
    api.store.setScanErrors(job.id, [
      { path: '/media/<img src=x onerror=alert(1)>.mkv', filename: 'x', error: '<b>bad</b>' },
    ]);
    mountForTest(job.id);
    await settle(10);
    expect(items()[0]).toHaveTextContent('/media/<img src=x onerror=alert(1)>.mkv');
    expect(document.querySelector('.job-errors img, .job-errors b')).toBeNull();
  });

  it('reads them once more when the scan finishes, then never again; other job types never', async () => {
    const job = runningScan();
    mountForTest(job.id);
    await settle(10);
    api.store.setScanErrors(job.id, scanErrors(1));
    const now = formatTimestamp(Date.now());
    api.store.updateJob(job.id, { status: 'completed', completed_at: now, progress_percent: 100 });
    await advance(2500, 250);
    expect(items()).toHaveLength(1);
    const after = errorRequests().length;
    await advance(20_000, 1000);
    expect(errorRequests().length).toBe(after);

    const transcode = buildJob({ status: 'running', job_type: 'transcode', started_at: now });
    api.store.insertJob(transcode);
    api.requests.length = 0;
    mountForTest(transcode.id);
    await advance(8000, 500);
    expect(errorRequests()).toEqual([]);
  });
});
