import { render } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import type { JobListItem } from '@vpo-live/vpo-api';
import { describe, expect, it } from 'vitest';
import { TimesCell } from './TimesCell.tsx';

const T = (hms: string) => `2026-02-01T${hms}.000000+00:00`;
const at = (hms: string) => Date.parse(`2026-02-01T${hms}Z`);

function job(fields: Partial<JobListItem>): JobListItem {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000001',
    job_type: 'transcode',
    status: 'completed',
    file_path: '/media/a.mkv',
    progress_percent: 100,
    created_at: T('09:37:00'),
    completed_at: null,
    duration_seconds: null,
    ...fields,
  };
}

function renderCell(item: JobListItem, start = at('12:30:00')) {
  const [now, setNow] = createSignal(start);
  let reads = 0;
  const counted = () => {
    reads += 1;
    return now();
  };
  const { container } = render(() => (
    <table>
      <tbody>
        <tr>
          <TimesCell job={item} now={counted} />
        </tr>
      </tbody>
    </table>
  ));
  const lines = () =>
    Array.from(container.querySelectorAll('.jobs-times__line')).map((line) => line.textContent);
  return { container, lines, setNow, reads: () => reads };
}

describe('TimesCell', () => {
  it('shows a 20 s transcode that waited nearly 3 hours as two distinct times', () => {
    const cell = renderCell(
      job({ started_at: T('12:29:00'), completed_at: T('12:29:20'), duration_seconds: 10_400 }),
    );
    expect(cell.lines()).toEqual(['Waited 2 h 52 min', 'Ran 20 s']);
  });

  it('ticks the run time of a running job, and only that', () => {
    const cell = renderCell(job({ status: 'running', created_at: T('12:00:00'), started_at: T('12:29:40') }));
    expect(cell.lines()).toEqual(['Waited 29 min 40 s', 'Ran 20 s']);
    cell.setNow(at('12:30:05'));
    expect(cell.lines()).toEqual(['Waited 29 min 40 s', 'Ran 25 s']);
  });

  it('ticks the wait of a queued job, which has not run', () => {
    const cell = renderCell(job({ status: 'queued', created_at: T('12:28:00'), started_at: null }));
    expect(cell.lines()).toEqual(['Waited 2 min', 'Ran —']);
    // In whole minutes while queued: the text changes once a minute.
    cell.setNow(at('12:30:59'));
    expect(cell.lines()).toEqual(['Waited 2 min', 'Ran —']);
    cell.setNow(at('12:31:00'));
    expect(cell.lines()).toEqual(['Waited 3 min', 'Ran —']);
  });

  it('counts the seconds of a wait under a minute, and of a finished wait', () => {
    const queued = renderCell(job({ status: 'queued', created_at: T('12:29:30'), started_at: null }));
    expect(queued.lines()).toEqual(['Waited 30 s', 'Ran —']);
    const finished = renderCell(
      job({ created_at: T('12:27:00'), started_at: T('12:29:30'), completed_at: T('12:29:40') }),
    );
    expect(finished.lines()).toEqual(['Waited 2 min 30 s', 'Ran 10 s']);
  });

  it('never reads the clock for a finished job', () => {
    const cell = renderCell(job({ started_at: T('12:29:00'), completed_at: T('12:29:20') }));
    cell.setNow(at('12:31:00'));
    expect(cell.reads()).toBe(0);
  });

  it('shows a dash when the server does not send started_at (VPO), rather than a guess', () => {
    const cell = renderCell(job({ completed_at: T('12:29:20'), duration_seconds: 10_340 }));
    expect(cell.lines()).toEqual([]);
    expect(cell.container.querySelector('td')).toHaveTextContent('—');
  });

  it('writes nothing on a tick that leaves both texts as they were', async () => {
    const cell = renderCell(job({ status: 'queued', created_at: T('12:28:00'), started_at: null }));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(cell.container, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    cell.setNow(at('12:30:30'));
    await Promise.resolve();
    expect(records).toEqual([]);
    cell.setNow(at('12:31:00'));
    await Promise.resolve();
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(cell.lines()).toEqual(['Waited 3 min', 'Ran —']);
  });
});
