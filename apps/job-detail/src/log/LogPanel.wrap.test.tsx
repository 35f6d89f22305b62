import { fireEvent, screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { NARROW_SCREEN } from './LogPanel.tsx';
import { FALLBACK_CHARS_PER_ROW, LOG_ROW_HEIGHT } from './LogViewport.tsx';

const api = usePageHarness();

/** 300 lines of 10 characters, and one of 250 (three rows of 120 characters when wrapped) at line 200. */
function jobWithLongLine() {
  const lines = Array.from({ length: 300 }, (_, i) => `line ${String(i + 1).padStart(5, '0')}`);
  lines[199] = 'x'.repeat(250);
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()), progress_percent: 5 });
  api.store.insertJob(job);
  api.store.appendLog(job.id, lines);
  return job;
}

const log = () => screen.getByRole('log');
const row = (line: number) => log().querySelector<HTMLElement>(`[data-line="${line}"]`);
const sizer = () => log().querySelector<HTMLElement>('.job-log__sizer');
const wrapBox = () => screen.getByRole('checkbox', { name: 'Wrap lines' });

describe('wrapping long lines', () => {
  beforeEach(() => localStorage.removeItem('vpo-live:log:wrap'));

  it('gives a long line as many rows as it needs, and keeps following to the last line', async () => {
    expect(FALLBACK_CHARS_PER_ROW).toBe(120);
    const job = jobWithLongLine();
    window.history.replaceState(null, '', `/jobs/${job.id}#L200`);
    mountForTest(job.id);
    await settle(10);
    expect(row(200)?.style.height).toBe('');
    expect(sizer()?.style.height).toBe(`${300 * LOG_ROW_HEIGHT}px`);

    fireEvent.click(wrapBox());
    await settle(2);
    expect(log()).toHaveClass('job-log__viewport--wrap');
    expect(row(200)?.style.height).toBe(`${3 * LOG_ROW_HEIGHT}px`);
    expect(row(199)?.style.height).toBe(`${LOG_ROW_HEIGHT}px`);
    // Two more rows in all; the selected line is still the one in view.
    expect(sizer()?.style.height).toBe(`${302 * LOG_ROW_HEIGHT}px`);
    expect(row(200)).toHaveClass('job-log__row--selected');

    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    await settle(2);
    expect(row(300)).not.toBeNull();
  });

  it('is remembered', async () => {
    const job = jobWithLongLine();
    const page = mountForTest(job.id);
    await settle(10);
    fireEvent.click(wrapBox());
    page.unmount();
    mountForTest(job.id);
    await settle(10);
    expect(wrapBox()).toBeChecked();
    expect(log()).toHaveClass('job-log__viewport--wrap');
    fireEvent.click(wrapBox());
    expect(wrapBox()).not.toBeChecked();
  });

  describe('on a phone', () => {
    beforeEach(() => localStorage.removeItem('vpo-live:log:stamps'));
    afterEach(() => vi.unstubAllGlobals());

    it('starts wrapped and without stamps, and a choice made there is still remembered', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === NARROW_SCREEN, media: query }));
      const job = jobWithLongLine();
      const page = mountForTest(job.id);
      await settle(10);
      const stampsBox = () => screen.getByRole('checkbox', { name: 'Timestamps' });
      expect(wrapBox()).toBeChecked();
      expect(stampsBox()).not.toBeChecked();
      expect(log()).toHaveClass('job-log__viewport--wrap');
      fireEvent.click(stampsBox());
      page.unmount();
      mountForTest(job.id);
      await settle(10);
      expect(stampsBox()).toBeChecked();
      expect(wrapBox()).toBeChecked();
    });
  });
});
