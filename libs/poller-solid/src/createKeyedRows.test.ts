import { batch, createRenderEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createKeyedRows, type RowsUpdate } from './createKeyedRows.ts';

interface Row {
  id: string;
  status: string;
  progress: number;
  note?: string | null;
}

/** Rows under test, with one effect per field of every row recording which fields were re-read. */
function setup(initial: Row[]) {
  return createRoot(() => {
    const rows = createKeyedRows<Row>();
    const reads: string[] = [];
    let arrayReads = 0;
    const watched = new Set<Row>();
    const watch = () => {
      for (const row of rows.rows()) {
        if (watched.has(row)) continue;
        watched.add(row);
        for (const key of ['status', 'progress', 'note'] as const) {
          createRenderEffect(() => reads.push(`${row.id}.${key}=${String(row[key])}`));
        }
      }
    };
    createRenderEffect(() => {
      void rows.rows();
      arrayReads += 1;
    });
    rows.apply(initial);
    watch();
    return {
      rows: () => rows.rows(),
      count: rows.count,
      reads,
      arrayReads: () => arrayReads,
      apply(next: Row[]): RowsUpdate<Row> {
        const update = batch(() => rows.apply(next));
        watch();
        return update;
      },
    };
  });
}

const row = (id: string, status = 'queued', progress = 0): Row => ({ id, status, progress });

describe('createKeyedRows', () => {
  it('keeps the store of a job that is still on the page and writes only the fields that changed', () => {
    const list = setup([row('a'), row('b', 'running', 5)]);
    const [a, b] = list.rows();
    list.reads.length = 0;
    list.apply([row('a', 'running'), row('b', 'running', 5)]);
    expect(list.rows()[0]).toBe(a);
    expect(list.rows()[1]).toBe(b);
    expect(list.rows()[0]!.status).toBe('running');
    expect(list.reads).toEqual(['a.status=running']);
  });

  it('does not touch a row whose job did not change, nor the array when ids and order are the same', () => {
    const list = setup([row('a'), row('b', 'running', 5), row('c', 'failed', 40)]);
    const arrayReads = list.arrayReads();
    list.reads.length = 0;
    const update = list.apply([row('a'), row('b', 'running', 6), row('c', 'failed', 40)]);
    expect(list.reads).toEqual(['b.progress=6']);
    expect(list.arrayReads()).toBe(arrayReads);
    expect(update.moved).toBe(false);
  });

  it('adds, removes and reorders rows, keeping the stores of jobs that stay', () => {
    const list = setup([row('a'), row('b'), row('c')]);
    const [a, , c] = list.rows();
    const update = list.apply([row('d'), row('c', 'failed', 40), row('a')]);
    expect(list.rows().map((r) => r.id)).toEqual(['d', 'c', 'a']);
    expect(list.rows()[1]).toBe(c);
    expect(list.rows()[2]).toBe(a);
    expect(list.rows()[1]!.status).toBe('failed');
    expect(update.moved).toBe(true);
  });

  it('finds every job again when the whole order changes (a new sort)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const list = setup(ids.map((id) => row(id)));
    const before = new Map(list.rows().map((r) => [r.id, r]));
    list.apply([...ids].reverse().map((id) => row(id, 'running')));
    expect(list.rows().map((r) => r.id)).toEqual([...ids].reverse());
    for (const r of list.rows()) expect(r).toBe(before.get(r.id));
    expect(list.rows().every((r) => r.status === 'running')).toBe(true);
  });

  it('forgets a job that left the page: it comes back as a new row', () => {
    const list = setup([row('a'), row('b')]);
    const b = list.rows()[1];
    list.apply([row('a')]);
    list.apply([row('a'), row('b')]);
    expect(list.rows()[1]).not.toBe(b);
    expect(list.rows()[1]!.id).toBe('b');
  });

  it('clears a field the server stopped sending', () => {
    const list = setup([{ ...row('a', 'failed'), note: 'disk full' }]);
    list.apply([row('a')]);
    expect(list.rows()[0]!.note).toBeUndefined();
    expect(list.rows()[0]!.status).toBe('queued');
  });

  it('reports the status changes of rows already shown, in page order, and none for new rows', () => {
    const list = setup([row('a', 'running'), row('b', 'running'), row('c')]);
    const update = list.apply([row('n', 'completed'), row('b', 'failed'), row('a', 'completed'), row('c')]);
    expect(update.statusChanges.map(({ row: r, was }) => `${r.id}:${was}->${r.status}`)).toEqual([
      'b:running->failed',
      'a:running->completed',
    ]);
  });

  it('shows the first of two rows with the same id', () => {
    const list = setup([row('a')]);
    list.apply([row('a', 'running'), row('a', 'failed'), row('b')]);
    expect(list.rows().map((r) => `${r.id}:${r.status}`)).toEqual(['a:running', 'b:queued']);
  });

  it('never writes into the objects of a response (the stores hold their own copies)', () => {
    const first = [row('a'), row('b')];
    const list = setup(first);
    list.apply([row('a', 'running', 30), row('b', 'failed')]);
    expect(first).toEqual([row('a'), row('b')]);
  });

  it('counts the rows on screen from the values the last apply kept, without tracking any store', () => {
    const list = setup([row('a', 'running'), row('b', 'running'), row('c')]);
    list.apply([row('n', 'running'), row('a', 'failed'), row('a', 'running'), row('c')]);
    const running = (r: Row) => r.status === 'running';
    let runs = 0;
    let counted = -1;
    createRoot(() =>
      createRenderEffect(() => {
        runs += 1;
        counted = list.count(running);
      }),
    );
    // b is gone, the second a is a duplicate: n alone runs.
    expect(counted).toBe(1);
    list.apply([row('n', 'completed'), row('a', 'running'), row('c')]);
    expect(list.count(running)).toBe(1);
    expect(runs).toBe(1);
  });
});
