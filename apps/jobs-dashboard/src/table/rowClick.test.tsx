import { fireEvent, within } from '@solidjs/testing-library';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

/** Records the clicks a row's link receives, without jsdom trying to navigate. */
function followedLinks(row: HTMLElement): MouseEvent[] {
  const clicks: MouseEvent[] = [];
  row.querySelector('.jobs-cell--id a')!.addEventListener('click', (event) => {
    clicks.push(event as MouseEvent);
    event.preventDefault();
  });
  return clicks;
}

describe('a click on a row', () => {
  it('opens the job from anywhere on the row, through its link', async () => {
    const job = buildJob({ status: 'running', progress_percent: 40, file_path: '/media/a/b.mkv' });
    const { root } = await start([job]);
    const row = rowOf(root, job.id)!;
    const clicks = followedLinks(row);
    for (const cell of ['type', 'status', 'path', 'progress', 'created']) {
      fireEvent.click(row.querySelector(`.jobs-cell--${cell}`)!);
    }
    fireEvent.click(within(row).getByRole('progressbar'));
    expect(clicks).toHaveLength(6);
    expect(clicks[0]!.target).toHaveAttribute('href', `/jobs/${job.id}`);
  });

  it('leaves middle-clicks and modified clicks outside the link alone', async () => {
    const job = buildJob();
    const { root } = await start([job]);
    const row = rowOf(root, job.id)!;
    const clicks = followedLinks(row);
    const cell = row.querySelector('.jobs-cell--type')!;
    fireEvent.click(cell, { button: 1 });
    fireEvent.click(cell, { ctrlKey: true });
    fireEvent.click(cell, { metaKey: true });
    fireEvent.click(cell, { shiftKey: true });
    expect(clicks).toHaveLength(0);
  });

  it('does not open the job from a control in the row', async () => {
    const job = buildJob({ file_path: `/media/${'deep/'.repeat(60)}Some Movie.mkv` });
    const { root } = await start([job]);
    const row = rowOf(root, job.id)!;
    const clicks = followedLinks(row);
    within(row).getByRole('button', { name: 'Show all file path' }).click();
    // The whole path, shown, is there to be read and selected.
    fireEvent.click(row.querySelector('.vpo-cut__value')!);
    expect(clicks).toHaveLength(0);
    // The link itself: one click, its own.
    within(row).getByRole('link').click();
    expect(clicks).toHaveLength(1);
  });
});

describe('a path wider than its cell', () => {
  it('keeps the file name apart from the folders, and the whole path in the title', async () => {
    const path = '/media/library/Northern Lights/Season 2/Episode 101.mkv';
    const job = buildJob({ file_path: path });
    const { root } = await start([job]);
    const cell = rowOf(root, job.id)!.querySelector('.jobs-cell--path')!;
    expect(cell.querySelector('.jobs-path__dir')).toHaveTextContent(
      '/media/library/Northern Lights/Season 2/',
    );
    expect(cell.querySelector('.jobs-path__name')).toHaveTextContent('Episode 101.mkv');
    expect(cell.textContent).toBe(path);
    expect(cell).toHaveAttribute('title', path);
  });
});
