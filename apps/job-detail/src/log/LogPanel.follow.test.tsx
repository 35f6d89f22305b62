import { fireEvent, screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import type { LogLines } from './logLines.ts';

const api = usePageHarness();

function runningJobWithLog(lines: number) {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()), progress_percent: 5 });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(lines, { jobId: job.id }));
  return job;
}

const logElement = () => screen.getByRole('log') as HTMLElement & { logLines: LogLines };

describe('following the log', () => {
  const rowNumbers = () =>
    Array.from(logElement().querySelectorAll('[data-line]')).map((row) =>
      Number(row.getAttribute('data-line')),
    );
  const follow = () => screen.getByRole('checkbox', { name: 'Follow' }) as HTMLInputElement;

  it('follows by default: the last line is rendered, and stays so as lines arrive', async () => {
    const job = runningJobWithLog(500);
    mountForTest(job.id);
    await settle(10);
    expect(follow().checked).toBe(true);
    expect(Math.max(...rowNumbers())).toBe(500);
    api.store.appendLog(job.id, buildLogLines(300, { from: 501 }));
    await advance(4000);
    expect(Math.max(...rowNumbers())).toBe(800);
  });

  it('renders only the rows in view plus an overscan', async () => {
    const job = runningJobWithLog(5000);
    mountForTest(job.id);
    await settle(40);
    expect(rowNumbers().length).toBeLessThan(100);
    expect(rowNumbers()).toContain(5000);
  });

  it('stops following when the operator scrolls up, and Jump to latest resumes it', async () => {
    const job = runningJobWithLog(500);
    mountForTest(job.id);
    await settle(10);
    const log = logElement();
    log.scrollTop = 18 * 100;
    fireEvent.scroll(log);
    expect(follow().checked).toBe(false);
    expect(rowNumbers()).toContain(101);
    expect(rowNumbers()).not.toContain(500);

    api.store.appendLog(job.id, buildLogLines(200, { from: 501 }));
    await advance(4000);
    expect(screen.getByTestId('log-count')).toHaveTextContent('700 lines');
    expect(rowNumbers()).toContain(101);
    expect(rowNumbers()).not.toContain(700);

    const jump = screen.getByRole('button', { name: 'Jump to latest' });
    expect(jump).toBeEnabled();
    jump.click();
    await settle(1);
    expect(follow().checked).toBe(true);
    expect(jump).toBeDisabled();
    expect(rowNumbers()).toContain(700);
  });

  it('the Follow toggle turns following off and on', async () => {
    const job = runningJobWithLog(500);
    mountForTest(job.id);
    await settle(10);
    fireEvent.click(follow());
    expect(follow().checked).toBe(false);
    // The view stays where it was…
    expect(rowNumbers()).toContain(500);
    api.store.appendLog(job.id, buildLogLines(200, { from: 501 }));
    await advance(4000);
    // …and does not move to the new lines.
    expect(rowNumbers()).toContain(500);
    expect(rowNumbers()).not.toContain(700);
    fireEvent.click(follow());
    await settle(1);
    expect(rowNumbers()).toContain(700);
  });
});

describe('following as CI pages do', () => {
  const rowNumbers = () =>
    Array.from(logElement().querySelectorAll('[data-line]'), (row) => Number(row.getAttribute('data-line')));
  const follow = () => screen.getByRole('checkbox', { name: 'Follow' }) as HTMLInputElement;
  const pill = () => screen.queryByRole('button', { name: /new lines?/ });

  it('while not following, a pill counts the new lines and jumps to the end when clicked', async () => {
    const job = runningJobWithLog(500);
    mountForTest(job.id);
    await settle(10);
    const log = logElement();
    log.scrollTop = 18 * 100;
    fireEvent.scroll(log);
    expect(pill()).toBeNull();
    api.store.appendLog(job.id, buildLogLines(1, { from: 501 }));
    await advance(4000);
    expect(pill()).toHaveTextContent('1 new line');
    api.store.appendLog(job.id, buildLogLines(41, { from: 502 }));
    await advance(4000);
    expect(pill()).toHaveTextContent('42 new lines');
    expect(rowNumbers()).toContain(101);
    pill()?.click();
    await settle(1);
    expect(follow().checked).toBe(true);
    expect(pill()).toBeNull();
    expect(rowNumbers()).toContain(542);
  });

  it('scrolling back down to the last line follows again', async () => {
    const job = runningJobWithLog(500);
    mountForTest(job.id);
    await settle(10);
    const log = logElement();
    log.scrollTop = 18 * 100;
    fireEvent.scroll(log);
    expect(follow().checked).toBe(false);
    log.scrollTop = 18 * 500 - 360;
    fireEvent.scroll(log);
    expect(follow().checked).toBe(true);
    api.store.appendLog(job.id, buildLogLines(100, { from: 501 }));
    await advance(4000);
    expect(rowNumbers()).toContain(600);
  });
});
