import { batch, createRoot, createRenderEffect } from 'solid-js';
import { createStore } from 'solid-js/store';
import { describe, expect, it } from 'vitest';
import { applyJobsById } from './applyJobsById.ts';

interface Row {
  id: string;
  status: string;
  progress: number;
  note?: string | null;
}

function setup(initial: Row[]) {
  return createRoot(() => {
    const [state, setState] = createStore<{ jobs: Row[] }>({ jobs: [] });
    let held = applyJobsById(setState, state.jobs, [], initial);
    const reads: string[] = [];
    // One effect per field of the first row, recording which fields were re-read.
    for (const key of ['status', 'progress', 'note'] as const) {
      createRenderEffect(() => {
        const row = state.jobs[0];
        if (row) reads.push(`${row.id}.${key}=${String(row[key])}`);
      });
    }
    let arrayReads = 0;
    createRenderEffect(() => {
      void state.jobs.length;
      void [...state.jobs];
      arrayReads += 1;
    });
    return {
      state,
      reads,
      arrayReads: () => arrayReads,
      apply(next: Row[]) {
        batch(() => {
          held = applyJobsById(setState, state.jobs, held, next);
        });
      },
    };
  });
}

describe('applyJobsById', () => {
  it('keeps the store object of a job that is still on the page and writes only changed fields', () => {
    const store = setup([
      { id: 'a', status: 'queued', progress: 0 },
      { id: 'b', status: 'running', progress: 5 },
    ]);
    const [a, b] = [store.state.jobs[0], store.state.jobs[1]];
    store.reads.length = 0;
    store.apply([
      { id: 'a', status: 'running', progress: 0 },
      { id: 'b', status: 'running', progress: 5 },
    ]);
    expect(store.state.jobs[0]).toBe(a);
    expect(store.state.jobs[1]).toBe(b);
    expect(store.state.jobs[0]!.status).toBe('running');
    expect(store.reads).toEqual(['a.status=running']);
  });

  it('does not touch the array when ids and order are unchanged', () => {
    const store = setup([{ id: 'a', status: 'queued', progress: 0 }]);
    const before = store.arrayReads();
    store.apply([{ id: 'a', status: 'queued', progress: 1 }]);
    expect(store.arrayReads()).toBe(before);
  });

  it('adds, removes and reorders rows, keeping the objects of jobs that stay', () => {
    const store = setup([
      { id: 'a', status: 'queued', progress: 0 },
      { id: 'b', status: 'queued', progress: 0 },
      { id: 'c', status: 'queued', progress: 0 },
    ]);
    const [a, , c] = store.state.jobs;
    store.apply([
      { id: 'd', status: 'queued', progress: 0 },
      { id: 'c', status: 'failed', progress: 40 },
      { id: 'a', status: 'queued', progress: 0 },
    ]);
    expect(store.state.jobs.map((row) => row.id)).toEqual(['d', 'c', 'a']);
    expect(store.state.jobs[1]).toBe(c);
    expect(store.state.jobs[2]).toBe(a);
    expect(store.state.jobs[1]!.status).toBe('failed');
  });

  it('clears a field the server stopped sending', () => {
    const store = setup([{ id: 'a', status: 'failed', progress: 0, note: 'disk full' }]);
    store.apply([{ id: 'a', status: 'queued', progress: 0 }]);
    expect(store.state.jobs[0]!.note).toBeUndefined();
    expect(store.state.jobs[0]!.status).toBe('queued');
  });
});
