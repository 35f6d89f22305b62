import { fireEvent, screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';

const api = usePageHarness();

function runningJobWithLog(lines: string[]) {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()), progress_percent: 5 });
  api.store.insertJob(job);
  api.store.appendLog(job.id, lines);
  return job;
}

const box = () => screen.getByRole('searchbox', { name: 'Search the log' }) as HTMLInputElement;
const status = () => screen.getByTestId('log-search-status').textContent ?? '';
const rowNumbers = () =>
  Array.from(screen.getByRole('log').querySelectorAll('[data-line]'), (row) =>
    Number(row.getAttribute('data-line')),
  );
const current = () => screen.getByRole('log').querySelector('.job-log__match--current');
async function type(text: string) {
  fireEvent.input(box(), { target: { value: text } });
  await settle(3);
}

describe('searching the log', () => {
  it('finds a line far off screen, counts "1 of 1" and scrolls it into view, highlighted', async () => {
    const lines = buildLogLines(3000);
    lines[120] = '[2026-02-01T12:00:00.000000Z] Scanned: /media/rare/needle-episode.mkv';
    const job = runningJobWithLog(lines);
    mountForTest(job.id);
    await settle(40);
    expect(rowNumbers()).not.toContain(121);
    await type('NEEDLE-episode');
    expect(status()).toBe('1 of 1');
    expect(rowNumbers()).toContain(121);
    expect(current()).toHaveTextContent('needle-episode');
    expect(current()?.closest('[data-line]')?.getAttribute('data-line')).toBe('121');
    // Navigating to a match stops following, so new lines do not carry it away.
    expect(screen.getByRole('checkbox', { name: 'Follow' })).not.toBeChecked();
  });

  it('steps through every match with Enter and Shift+Enter, wrapping around', async () => {
    const lines = buildLogLines(400).map((line, i) => (i % 100 === 7 ? `${line} hit hit` : line));
    const job = runningJobWithLog(lines);
    mountForTest(job.id);
    await settle(10);
    await type('hit');
    expect(status()).toBe('1 of 8');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(status()).toBe('2 of 8');
    // The second match of line 8 is the current one: one row holds two marks, the second current.
    const marks = current()?.closest('[data-line]')?.querySelectorAll('.job-log__match');
    expect(marks?.length).toBe(2);
    expect(marks?.[1]).toHaveClass('job-log__match--current');
    fireEvent.keyDown(box(), { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box(), { key: 'Enter', shiftKey: true });
    expect(status()).toBe('8 of 8');
    expect(rowNumbers()).toContain(308);
    screen.getByRole('button', { name: 'Next match' }).click();
    expect(status()).toBe('1 of 8');
  });

  it('takes a regular expression and case sensitivity; an invalid one says so and marks nothing', async () => {
    const job = runningJobWithLog(
      ['ERROR: a', 'error: b', 'WARN: c', 'ERROR: d'].map((t) => `[2026-02-01T12:00:00.000000Z] ${t}`),
    );
    mountForTest(job.id);
    await settle(5);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Regex' }));
    await type('] (ERROR|WARN):');
    expect(status()).toBe('1 of 4');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Match case' }));
    await settle(3);
    expect(status()).toBe('1 of 3');
    await type('(ERROR');
    expect(status()).toBe('Not a valid regular expression: unterminated group');
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('log').querySelector('.job-log__match')).toBeNull();
  });

  it('keeps its matches right while lines arrive', async () => {
    const job = runningJobWithLog(buildLogLines(50));
    mountForTest(job.id);
    await settle(5);
    await type('item-120.mkv');
    expect(status()).toBe('No matches');
    api.store.appendLog(job.id, buildLogLines(100, { from: 51 }));
    await advance(4000);
    const expected = api.store.getLogs(job.id)?.filter((line) => line.includes('item-120.mkv')).length ?? 0;
    expect(expected).toBeGreaterThan(0);
    expect(status()).toBe(`1 of ${expected}`);
  });

  it('opens with / or Ctrl+F from the log, and Escape clears it and returns to the log', async () => {
    const job = runningJobWithLog(buildLogLines(20));
    mountForTest(job.id);
    await settle(5);
    const log = screen.getByRole('log');
    log.focus();
    fireEvent.keyDown(log, { key: '/' });
    expect(document.activeElement).toBe(box());
    log.focus();
    fireEvent.keyDown(log, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(box());
    await type('x');
    fireEvent.keyDown(box(), { key: 'Escape' });
    await settle(2);
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(log);
  });
});
