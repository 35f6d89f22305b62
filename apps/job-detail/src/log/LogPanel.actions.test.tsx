import { fireEvent, screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';

const api = usePageHarness();

function jobWithLog(lines: string[], status: 'running' | 'completed' = 'running') {
  const now = formatTimestamp(Date.now());
  const job = buildJob({
    status,
    started_at: now,
    completed_at: status === 'completed' ? now : null,
    progress_percent: status === 'completed' ? 100 : 5,
  });
  api.store.insertJob(job);
  api.store.appendLog(job.id, lines);
  return job;
}

const log = () => screen.getByRole('log');

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('copy and download', () => {
  it('Copy copies the whole held log, or only the selected lines', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const lines = buildLogLines(40);
    const job = jobWithLog(lines);
    mountForTest(job.id);
    await settle(5);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await settle(1);
    expect(writeText).toHaveBeenLastCalledWith(lines.join('\n'));
    expect(screen.getByTestId('log-notice')).toHaveTextContent('Copied 40 lines.');
    fireEvent.click(screen.getByRole('link', { name: 'Line 25' }));
    fireEvent.click(screen.getByRole('link', { name: 'Line 27' }), { shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy selected lines' }));
    await settle(1);
    expect(writeText).toHaveBeenLastCalledWith(lines.slice(24, 27).join('\n'));
    expect(screen.getByTestId('log-notice')).toHaveTextContent('Copied 3 lines.');
  });

  it('Download saves <job id>.log holding the log file: every line and its newline, UTF-8', async () => {
    const lines = [...buildLogLines(3), '[2026-02-01T12:00:01.000000Z] Ünïcödé 日本語 🎬 <b>not bold</b>'];
    const job = jobWithLog(lines, 'completed');
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:log'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    mountForTest(job.id);
    await settle(5);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(names).toEqual([`${job.id}.log`]);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'))).toBe(
      true,
    );
  });
});

describe('how lines are drawn', () => {
  it('draws ANSI colours as styled text, with hostile text kept inert', async () => {
    const hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
    const job = jobWithLog([
      `[2026-02-01T12:00:00.000000Z] \u001b[31mred ${hostile}\u001b[0m plain`,
      `[2026-02-01T12:00:01.000000Z] \u001b[1;32mbold green\u001b[0m \u202Ereversed`,
    ]);
    mountForTest(job.id);
    await settle(5);
    const red = Array.from(log().querySelectorAll('[data-line="1"] span')).find((s) =>
      s.textContent?.startsWith('red '),
    ) as HTMLElement;
    expect(red.style.color).toBe('var(--jd-ansi-red-fg)');
    expect(red).toHaveTextContent(`red ${hostile}`);
    expect(log().querySelector('img, script, b')).toBeNull();
    expect(log().querySelector('[data-line="1"]')).not.toHaveTextContent('\u001b');
    expect(log().querySelector('[data-line="1"] .job-log__text')).toHaveTextContent(`red ${hostile} plain`);
    const bold = Array.from(log().querySelectorAll('[data-line="2"] span')).find(
      (s) => s.textContent === 'bold green',
    ) as HTMLElement;
    expect(bold.style.fontWeight).toBe('700');
    // A bidi control still shows as a marker inside coloured lines.
    expect(log().querySelector('[data-line="2"] [data-bidi-control]')).not.toBeNull();
  });

  it('marks ERROR and WARN lines; First error goes to the first one and selects it', async () => {
    const lines = buildLogLines(600);
    lines[410] = '[2026-02-01T12:00:00.000000Z] ERROR: /media/a.mkv: Permission denied';
    lines[500] = '[2026-02-01T12:00:00.000000Z] ERROR: /media/b.mkv: gone';
    lines[590] = '[2026-02-01T12:00:00.000000Z] WARNING: slow disk';
    const job = jobWithLog(lines);
    mountForTest(job.id);
    await settle(10);
    expect(log().querySelector('[data-line="591"]')).toHaveAttribute('data-level', 'warn');
    fireEvent.click(screen.getByRole('button', { name: 'First error' }));
    await settle(1);
    expect(log().querySelector('[data-line="411"]')).toHaveAttribute('data-level', 'error');
    expect(log().querySelector('[data-line="411"]')).toHaveClass('job-log__row--selected');
    expect(screen.getByTestId('log-notice')).toHaveTextContent('First error: line 411.');
  });

  it('the Timestamps toggle hides the stamps, and is remembered', async () => {
    const job = jobWithLog(['[2026-02-01T12:00:00.000000Z] hello']);
    const page = mountForTest(job.id);
    await settle(5);
    expect(log().querySelector('.job-log__stamp')).toHaveTextContent('[2026-02-01T12:00:00.000000Z]');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Timestamps' }));
    expect(log().querySelector('.job-log__stamp')).toBeNull();
    expect(log().querySelector('[data-line="1"] .job-log__text')).toHaveTextContent(/^hello$/);
    page.unmount();
    mountForTest(job.id);
    await settle(5);
    expect(screen.getByRole('checkbox', { name: 'Timestamps' })).not.toBeChecked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Timestamps' }));
  });
});
