import { fireEvent, screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';

const api = usePageHarness();

function runningJobWithLog(lines: number) {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()), progress_percent: 5 });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(lines, { jobId: job.id }));
  return job;
}

const row = (line: number) => screen.getByRole('log').querySelector(`[data-line="${line}"]`);
const selected = () =>
  Array.from(screen.getByRole('log').querySelectorAll('.job-log__row--selected'), (r) =>
    Number(r.getAttribute('data-line')),
  );

describe('line links', () => {
  it('a click on a line number selects it and puts #L<n> in the URL; Shift+click makes a range', async () => {
    const job = runningJobWithLog(30);
    window.history.replaceState(null, '', `/jobs/${job.id}`);
    mountForTest(job.id);
    await settle(5);
    const follow = screen.getByRole('checkbox', { name: 'Follow' });
    fireEvent.click(screen.getByRole('link', { name: 'Line 12' }));
    expect(window.location.hash).toBe('#L12');
    expect(window.location.pathname).toBe(`/jobs/${job.id}`);
    expect(selected()).toEqual([12]);
    // Selecting a line stops following, so the line stays where the operator clicked it.
    expect(follow).not.toBeChecked();
    fireEvent.click(screen.getByRole('link', { name: 'Line 15' }), { shiftKey: true });
    expect(window.location.hash).toBe('#L12-L15');
    expect(selected()).toEqual([12, 13, 14, 15]);
    expect(screen.getByRole('button', { name: 'Copy selected lines' })).toBeInTheDocument();
  });

  it('opening #L1500 scrolls that line into view, selects it and stops following, once it has been read', async () => {
    const job = runningJobWithLog(2500);
    window.history.replaceState(null, '', `/jobs/${job.id}#L1500`);
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      mountForTest(job.id);
      await settle(40);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    // The page scrolls to the log as well, not only the log's own box to the line.
    expect(scrolled).toEqual([screen.getByRole('log')]);
    expect(row(1500)).not.toBeNull();
    expect(row(2500)).toBeNull();
    expect(selected()).toEqual([1500]);
    expect(screen.getByRole('checkbox', { name: 'Follow' })).not.toBeChecked();
  });

  it('opening a range selects every line of it; a later hash change moves there', async () => {
    const job = runningJobWithLog(400);
    window.history.replaceState(null, '', `/jobs/${job.id}#L120-L118`);
    mountForTest(job.id);
    await settle(10);
    expect(selected()).toEqual([118, 119, 120]);
    window.history.replaceState(null, '', `/jobs/${job.id}#L300`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(2);
    expect(row(300)).not.toBeNull();
    expect(selected()).toEqual([300]);
  });

  it('“First error” selects the line and names it in the URL, like a click on its number', async () => {
    const job = runningJobWithLog(30);
    api.store.appendLog(job.id, ['[2026-02-01T10:00:31.000000Z] ERROR: /media/a.mkv: unreadable']);
    window.history.replaceState(null, '', `/jobs/${job.id}`);
    mountForTest(job.id);
    await settle(5);
    fireEvent.click(screen.getByRole('button', { name: 'First error' }));
    expect(selected()).toEqual([31]);
    expect(window.location.hash).toBe('#L31');
  });

  it('says when a linked line is past the end of a finished log, instead of waiting for it', async () => {
    const job = buildJob({ status: 'completed', progress_percent: 100 });
    api.store.insertJob(job);
    api.store.appendLog(job.id, buildLogLines(297, { jobId: job.id }));
    window.history.replaceState(null, '', `/jobs/${job.id}#L99999`);
    mountForTest(job.id);
    await settle(10);
    expect(screen.getByText('Line 99,999 is past the end of this log (297 lines).')).toBeInTheDocument();
    expect(selected()).toEqual([]);
  });
});
