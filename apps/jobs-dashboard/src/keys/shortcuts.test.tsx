import { screen, within } from '@solidjs/testing-library';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it, vi } from 'vitest';
import { rowIds, rowOf, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

/** A key pressed where the focus is (or on the page), as a browser dispatches it. */
function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const jobs = () => [buildJob(), buildJob(), buildJob()];
const focusedRow = () => document.activeElement?.closest('tr')?.dataset.jobId;

describe('keyboard shortcuts', () => {
  it('/ focuses the search field, and the slash is not typed into it', async () => {
    await start(jobs());
    const event = press('/');
    expect(document.activeElement).toBe(screen.getByLabelText('Search path'));
    expect(event.defaultPrevented).toBe(true);
  });

  it('r refreshes at once', async () => {
    const { listRequests, settle } = await start(jobs());
    const before = listRequests().length;
    press('r');
    await settle();
    expect(listRequests().length).toBe(before + 1);
  });

  it('j and k move the focus through the rows, to each row’s link', async () => {
    const { root } = await start(jobs());
    const ids = rowIds(root);
    press('j');
    expect(focusedRow()).toBe(ids[0]);
    expect(document.activeElement).toHaveAttribute('href', `/jobs/${ids[0]}`);
    press('j');
    press('j');
    press('j');
    expect(focusedRow()).toBe(ids[2]);
    press('k');
    expect(focusedRow()).toBe(ids[1]);
  });

  it('x selects the job in focus and unselects it; Shift+x selects the jobs from the last one picked', async () => {
    const { root } = await start([buildJob(), buildJob(), buildJob(), buildJob()], { actions: true });
    const ids = rowIds(root);
    const box = (id: string) => rowOf(root, id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    press('j');
    press('x');
    expect(box(ids[0]!)).toBeChecked();
    press('j');
    press('j');
    press('X', { shiftKey: true });
    expect(ids.map((id) => box(id).checked)).toEqual([true, true, true, false]);
    press('x');
    expect(box(ids[2]!)).not.toBeChecked();
  });

  it('x does nothing where the page offers no selection, and the list of shortcuts leaves it out', async () => {
    await start(jobs());
    press('j');
    expect(press('x').defaultPrevented).toBe(true);
    expect(screen.queryByRole('checkbox')).toBeNull();
    press('?');
    expect(within(screen.getByRole('dialog')).queryByText(/Select the job in focus/)).toBeNull();
  });

  it('never fires while typing in a field, nor with Ctrl held', async () => {
    const { listRequests, settle } = await start(jobs());
    const before = listRequests().length;
    const search = screen.getByLabelText<HTMLInputElement>('Search path');
    search.focus();
    for (const key of ['r', 'j', '?', '/']) expect(press(key).defaultPrevented).toBe(false);
    screen.getByLabelText('Status').focus();
    press('r');
    (document.activeElement as HTMLElement).blur();
    press('r', { ctrlKey: true });
    await settle();
    expect(listRequests().length).toBe(before);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('? opens a labelled dialog listing them; Escape closes it and focus returns', async () => {
    await start(jobs());
    press('j');
    const link = document.activeElement;
    press('?', { shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    for (const key of ['/', 'r', 'j', 'k', 'Enter', '?']) {
      expect(within(dialog).getByText(key, { selector: 'kbd' })).toBeInTheDocument();
    }
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    // Shortcuts wait while the list is open.
    press('j');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('opens the list from the toolbar button too', async () => {
    await start(jobs());
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }).click();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('unbinds every key on unmount', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = await start(jobs());
    unmount();
    expect(removed.mock.calls.some(([type]) => type === 'keydown')).toBe(true);
    press('?', { shiftKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    removed.mockRestore();
  });
});
