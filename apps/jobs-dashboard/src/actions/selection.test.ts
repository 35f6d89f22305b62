import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '@vpo-live/vpo-api';
import { bulkSummary } from './bulkSummary.ts';
import { createSelection } from './createSelection.ts';
import { runBulkAction } from './runBulkAction.ts';

const IDS = ['a1', 'b2', 'c3', 'd4', 'e5'];

describe('createSelection', () => {
  it('toggles rows, and Shift-click sets the range from the last row clicked to its new state', () =>
    createRoot((dispose) => {
      const selection = createSelection();
      selection.toggle('b2', IDS);
      selection.toggle('d4', IDS, true);
      expect(selection.among(IDS)).toEqual(['b2', 'c3', 'd4']);
      // Upwards, and turning off: the range takes the clicked row's new state.
      selection.toggle('c3', IDS);
      selection.toggle('b2', IDS, true);
      expect(selection.among(IDS)).toEqual(['d4']);
      expect(selection.size()).toBe(1);
      dispose();
    }));

  it('selects the whole page, or clears it when it was all selected', () =>
    createRoot((dispose) => {
      const selection = createSelection();
      selection.toggle('c3', IDS);
      selection.toggleAll(IDS);
      expect(selection.among(IDS)).toEqual(IDS);
      selection.toggleAll(IDS);
      expect(selection.among(IDS)).toEqual([]);
      dispose();
    }));

  it('keeps ids across polls and acts only on rows still on the page', () =>
    createRoot((dispose) => {
      const selection = createSelection();
      selection.toggleAll(IDS);
      expect(selection.among(['c3', 'zz'])).toEqual(['c3']);
      selection.clear();
      expect(selection.size()).toBe(0);
      dispose();
    }));
});

describe('runBulkAction and its summary', () => {
  const ok: ActionResult = { ok: true, job: null };
  const conflict: ActionResult = {
    ok: false,
    status: 409,
    code: 'RESOURCE_CONFLICT',
    message: 'Can only cancel queued or running jobs. Job is completed.',
  };
  const limited: ActionResult = {
    ok: false,
    status: 429,
    code: 'RATE_LIMITED',
    message: 'Try again in 7 s.',
  };

  it('sends one request at a time and says what happened to each job not changed', async () => {
    const sent: string[] = [];
    let inFlight = 0;
    const outcomes = await runBulkAction(
      'cancel',
      ['11111111-x', '22222222-x', '33333333-x'],
      { csrfToken: 't' },
      async ({ id }) => {
        inFlight += 1;
        expect(inFlight).toBe(1);
        sent.push(id);
        await Promise.resolve();
        inFlight -= 1;
        return id.startsWith('2') ? conflict : ok;
      },
    );
    expect(sent).toHaveLength(3);
    expect(bulkSummary('cancel', outcomes, 3)).toEqual({
      headline: 'Cancelled 2 jobs; 1 not changed.',
      failures: ['22222222: Can only cancel queued or running jobs. Job is completed.'],
    });
  });

  it('stops at a 429, which the rest would meet too, and counts the jobs not tried', async () => {
    const outcomes = await runBulkAction('retry', ['1', '2', '3', '4'], { csrfToken: 't' }, async ({ id }) =>
      id === '2' ? limited : ok,
    );
    expect(outcomes).toHaveLength(2);
    expect(bulkSummary('retry', outcomes, 4).headline).toBe(
      'Queued again 1 job; 1 not changed; 2 jobs not tried.',
    );
  });
});
