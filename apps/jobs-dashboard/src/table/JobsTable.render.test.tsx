import { screen, within } from '@solidjs/testing-library';
import { CUT_LIMIT } from '@vpo-live/ui';
import type { JobSeed } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

describe('the jobs table', () => {
  it('is a real table with one row per job and the columns VPO shows', async () => {
    const jobs = [buildJob({ status: 'completed', job_type: 'transcode' }), buildJob({ status: 'queued' })];
    const { root } = await start(jobs);
    const table = screen.getByRole('table', { name: 'Jobs' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual(['ID', 'Type', 'Status', 'File', 'Progress', 'Created', 'Waited · ran', 'Total']);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    for (const job of jobs) expect(rowOf(root, job.id)).not.toBeNull();
  });

  it('shows short id (linking to the detail page), type, status, path, local time and duration', async () => {
    const job = buildJob({
      job_type: 'transcode',
      status: 'completed',
      file_path: '/media/films/Blue Horizon.mkv',
      created_at: '2026-02-01T12:27:00.000000+00:00',
      completed_at: '2026-02-01T12:30:20.000000+00:00',
      progress_percent: 100,
    });
    const { root } = await start([job]);
    const row = within(rowOf(root, job.id)!);
    const link = row.getByRole('link', { name: job.id.slice(0, 8) });
    expect(link).toHaveAttribute('href', `/jobs/${job.id}`);
    expect(row.getByText('Transcode')).toBeInTheDocument();
    expect(row.getByText('Completed')).toHaveClass('vpo-badge--completed');
    expect(rowOf(root, job.id)!.querySelector('.jobs-cell--path')).toHaveTextContent(
      '/media/films/Blue Horizon.mkv',
    );
    expect(row.getByText('3 min ago')).toBeInTheDocument();
    expect(rowOf(root, job.id)!.querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-02-01T12:27:00.000Z',
    );
    expect(rowOf(root, job.id)!.querySelector('.jobs-cell--duration')).toHaveTextContent('Total 3 min 20 s');
  });

  it('shows a progress bar with the rounded percent for a running job', async () => {
    const job = buildJob({ status: 'running', progress_percent: 44.6 });
    const { root } = await start([job]);
    const bar = within(rowOf(root, job.id)!).getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveTextContent('45%');
    expect(bar.querySelector<HTMLElement>('.vpo-progress__fill')!.style.transform).toBe('scaleX(0.45)');
  });

  it('shows an indeterminate bar for a running job without progress, and none for a queued one', async () => {
    const running = buildJob({ status: 'running', progress_percent: 0 });
    const queued = buildJob({ status: 'queued' });
    const { root } = await start([running, queued]);
    const bar = within(rowOf(root, running.id)!).getByRole('progressbar');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveClass('vpo-progress--indeterminate');
    expect(within(rowOf(root, queued.id)!).queryByRole('progressbar')).toBeNull();
  });

  it('renders unknown statuses and types neutrally', async () => {
    // A newer VPO may send values this client does not know.
    const job = { ...buildJob(), status: 'paused', job_type: 'defrag' } as unknown as JobSeed;
    const { root } = await start([job]);
    const row = within(rowOf(root, job.id)!);
    expect(row.getByText('paused').closest('.vpo-badge')).toHaveClass('vpo-badge--unknown');
    expect(row.getByText('defrag')).toBeInTheDocument();
    expect(row.queryByRole('progressbar')).toBeNull();
  });

  it('renders a hostile file path as text and creates no element from it', async () => {
    const job = buildJob({ file_path: '/media/<img src=x onerror=alert(1)>.mkv', status: 'failed' });
    const { root } = await start([job]);
    const cell = rowOf(root, job.id)!.querySelector('.jobs-cell--path')!;
    expect(cell.textContent).toBe('/media/<img src=x onerror=alert(1)>.mkv');
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows bidi controls in a file path, its title, type and status as visible markers', async () => {
    const job = {
      ...buildJob({ file_path: '/media/report\u202Egnp.exe' }),
      job_type: 'sc\u2067an\u2069',
      status: 'queu\u200Fed',
    } as unknown as JobSeed;
    const { root } = await start([job]);
    const row = rowOf(root, job.id)!;
    const cell = row.querySelector('.jobs-cell--path')!;
    expect(cell.textContent).toBe('/media/report⟨U+202E⟩gnp.exe');
    expect(cell).toHaveAttribute('title', '/media/report⟨U+202E⟩gnp.exe');
    expect(cell.querySelector('.vpo-bidi-mark')).toHaveAttribute(
      'title',
      'Hidden character U+202E (right-to-left override)',
    );
    expect(row.querySelector('.jobs-cell--type')!.textContent).toBe('sc⟨U+2067⟩an⟨U+2069⟩');
    expect(row.querySelector('.vpo-badge')!.textContent).toBe('queu⟨U+200F⟩ed');
    expect(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(row.textContent ?? '')).toBe(false);
  });

  it('cuts a 10,000-character path in the middle, keeping the file name, with Show all', async () => {
    const path = `/media/${'deep/'.repeat(2000)}Some Movie (2019).mkv`;
    const job = buildJob({ file_path: path });
    const { root } = await start([job]);
    const cell = rowOf(root, job.id)!.querySelector<HTMLElement>('.jobs-cell--path')!;
    expect(cell.textContent!.length).toBeLessThan(CUT_LIMIT + 100);
    expect(cell.textContent).toMatch(/^\/media\/deep\/.*….*\/Some Movie \(2019\)\.mkv/);
    expect(cell).toHaveAttribute('title', path);
    const toggle = within(cell).getByRole('button', { name: 'Show all file path' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.click();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(cell.querySelector('.vpo-cut__value')!.textContent).toBe(path);
  });
});
