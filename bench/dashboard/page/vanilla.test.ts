// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBenchJobs, type BenchJobs } from '../benchJobs.ts';
import { clientShell } from '../clientShell.ts';

const SOURCE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'vanilla.js'), 'utf8');

let jobs: BenchJobs;
let requests: string[];

/** Loads the vanilla client into the test's page, answering its fetches from `jobs`. */
async function load() {
  document.body.innerHTML = clientShell('vanilla');
  document.body.dataset.api = '/vanilla/api';
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    const page = JSON.parse(JSON.stringify(jobs.page(100)));
    return { ok: true, status: 200, json: async () => page };
  });
  new Function(SOURCE)();
  await (window as unknown as { benchReady: Promise<void> }).benchReady;
}

const settle = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};
const poll = async () => {
  document.querySelector<HTMLButtonElement>('.vpo-refresh')!.click();
  await settle();
};
const rows = () => Array.from(document.querySelectorAll<HTMLTableRowElement>('tbody > tr'));

/** Records every DOM change under `<tbody>` until `stop()`. */
function watchTable() {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document.querySelector('tbody')!, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return {
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      return records;
    },
  };
}

/** The ids of the rows the mutations under `tbody` touched. */
function touchedRows(records: MutationRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    if (record.target === document.querySelector('tbody')) continue;
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    const id = node?.closest('tr')?.dataset.jobId;
    if (id) ids.add(id);
  }
  return ids;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(Date.UTC(2026, 1, 1, 12));
  jobs = createBenchJobs(100);
  requests = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the vanilla reference client', () => {
  it('shows the first page of jobs with the dashboard markup', async () => {
    await load();
    expect(requests).toEqual(['/vanilla/api/jobs?limit=100']);
    expect(rows()).toHaveLength(100);
    const first = jobs.page(1).jobs[0]!;
    const row = rows()[0]!;
    expect(row.dataset.jobId).toBe(first.id);
    expect(row.querySelector('a')!.getAttribute('href')).toBe(`/jobs/${first.id}`);
    expect(row.querySelector('.vpo-badge')!.getAttribute('data-status')).toBe(first.status);
    expect(row.querySelector('time')!.getAttribute('datetime')).toBe(
      new Date(first.created_at).toISOString(),
    );
  });

  it('on a poll, keeps every row node, adds the new job, drops the last one and touches only the changed jobs', async () => {
    await load();
    const before = new Map(rows().map((row) => [row.dataset.jobId!, row]));
    const previous = jobs.page(100).jobs.map((job) => JSON.stringify(job));
    const added = jobs.step();
    const now = jobs.page(100).jobs;
    const changed = now.filter((job, index) => index > 0 && JSON.stringify(job) !== previous[index - 1]);
    const watcher = watchTable();
    await poll();
    const records = watcher.stop();
    expect(rows().map((row) => row.dataset.jobId)).toEqual(now.map((job) => job.id));
    for (const row of rows().slice(1)) expect(row).toBe(before.get(row.dataset.jobId!));
    const touched = touchedRows(records);
    touched.delete(added);
    expect([...touched].sort()).toEqual(changed.map((job) => job.id).sort());
  });

  it('writes nothing to the table when a poll brings no change', async () => {
    await load();
    const watcher = watchTable();
    await poll();
    expect(watcher.stop()).toHaveLength(0);
  });

  it('shows the same progress as the dashboard: a bar with its scale, nothing for queued jobs', async () => {
    await load();
    const page = jobs.page(100).jobs;
    const running = page.find((job) => job.status === 'running' && job.progress_percent > 0)!;
    const queued = page.find((job) => job.status === 'queued')!;
    const bar = document.querySelector(`tr[data-job-id="${running.id}"] [role="progressbar"]`)!;
    const percent = String(Math.round(running.progress_percent));
    expect(bar.getAttribute('aria-valuenow')).toBe(percent);
    expect(bar.querySelector<HTMLElement>('.vpo-progress__fill')!.style.transform).toBe(
      `scaleX(${Number(percent) / 100})`,
    );
    expect(bar.textContent).toBe(`${percent}%`);
    expect(document.querySelector(`tr[data-job-id="${queued.id}"] [role="progressbar"]`)).toBeNull();
  });
});
