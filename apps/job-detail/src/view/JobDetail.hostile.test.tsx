import { screen, within } from '@solidjs/testing-library';
import { CUT_LIMIT } from '@vpo-live/ui';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

const RLO = '\u202E';
/** Every bidi control: embeddings/overrides, isolates, marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const field = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-field="${name}"] dd`)!;

/** Every attribute a browser or screen reader shows (`title`, `aria-*`), for checking none carries a control. */
const shownAttributes = (el: HTMLElement) =>
  [el, ...el.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter((a) => a.name === 'title' || a.name.startsWith('aria-')).map((a) => a.value),
  );

describe('hostile strings on the detail page', () => {
  it('shows bidi controls in every field and log line as visible markers, never reordering the text', async () => {
    const job = buildJob({
      job_type: 'move',
      status: 'failed',
      completed_at: formatTimestamp(Date.now()),
      file_path: `/media/report${RLO}gnp.exe`,
      policy_name: `\u2067evil\u2069 policy`,
      error_message: `Cannot open /media/report${RLO}gnp.exe`,
      output_path: `/out/\u202Dx\u202C.mkv`,
      summary_raw: {
        source_path: `/a${RLO}b`,
        destination_path: '/b',
        size_bytes: 1,
        [`note${RLO}`]: `v\u200Fw`,
      },
    });
    api.store.insertJob(job);
    api.store.appendLog(job.id, ['plain line', `[scan] found report${RLO}gnp.exe`]);
    const page = mountForTest(job.id);
    await settle();

    expect(field(page.el, 'file_path').textContent).toBe('/media/report⟨U+202E⟩gnp.exe');
    expect(field(page.el, 'policy_name').textContent).toBe('⟨U+2067⟩evil⟨U+2069⟩ policy');
    expect(field(page.el, 'output_path').textContent).toBe('/out/⟨U+202D⟩x⟨U+202C⟩.mkv');
    const error = screen.getByRole('heading', { name: 'Error' }).closest('section')!;
    expect(error).toHaveTextContent('Cannot open /media/report⟨U+202E⟩gnp.exe');
    const summary = screen.getByRole('heading', { name: 'Summary' }).closest('section')!;
    expect(summary).toHaveTextContent('/a⟨U+202E⟩b');
    expect(summary).toHaveTextContent('Note⟨U+202E⟩');
    expect(summary).toHaveTextContent('v⟨U+200F⟩w');

    const log = within(page.el).getByRole('log');
    const rows = [...log.querySelectorAll('.job-log__text')].map((row) => row.textContent);
    expect(rows).toEqual(['plain line', '[scan] found report⟨U+202E⟩gnp.exe']);
    // The plain line took the fast path: one text node, no marker.
    expect(log.querySelector('[data-line="1"] .vpo-bidi-mark')).toBeNull();
    // The line model keeps the exact text; only its drawing shows the marker.
    expect((log as HTMLElement & { logLines: { get(i: number): string } }).logLines.get(1)).toBe(
      `[scan] found report${RLO}gnp.exe`,
    );

    const mark = field(page.el, 'file_path').querySelector('.vpo-bidi-mark')!;
    expect(mark).toHaveAttribute('title', 'Hidden character U+202E (right-to-left override)');
    expect(BIDI.test(page.el.textContent ?? '')).toBe(false);
    expect(shownAttributes(page.el).some((value) => BIDI.test(value))).toBe(false);
    expect(page.el.querySelector('script, img')).toBeNull();
  });

  it('cuts a 10,000-character path in the middle and error at the end, each with a Show all toggle', async () => {
    const name = `report${RLO}gnp.exe`;
    const path = `/media/${'deep/'.repeat(2000)}${name}`;
    const message = `Cannot read ${path}: ${'x'.repeat(10_000)}`;
    const job = buildJob({ status: 'failed', file_path: path, error_message: message });
    api.store.insertJob(job);
    const page = mountForTest(job.id);
    await settle();

    const target = field(page.el, 'file_path');
    expect(target.textContent!.length).toBeLessThan(CUT_LIMIT + 100);
    expect(target.textContent).toMatch(/^\/media\/deep\//);
    expect(target.textContent).toContain('report⟨U+202E⟩gnp.exe');
    expect(target.querySelector('[title]')).toHaveAttribute(
      'title',
      `/media/${'deep/'.repeat(2000)}report⟨U+202E⟩gnp.exe`,
    );
    const error = screen.getByRole('heading', { name: 'Error' }).closest('section')!;
    expect(error.textContent!.length).toBeLessThan(CUT_LIMIT + 200);

    const showPath = within(target).getByRole('button', { name: 'Show all target path' });
    expect(showPath).toHaveAttribute('aria-expanded', 'false');
    showPath.click();
    expect(showPath).toHaveAttribute('aria-expanded', 'true');
    expect(target.querySelector('.vpo-cut__value')!.textContent).toBe(
      `/media/${'deep/'.repeat(2000)}report⟨U+202E⟩gnp.exe`,
    );
    const showError = within(error).getByRole('button', { name: 'Show all error message' });
    showError.click();
    expect(error.querySelector('.vpo-cut__value')!.textContent).toBe(message.replace(RLO, '⟨U+202E⟩'));
  });

  it('keeps a 10,000-character log line whole', async () => {
    const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now()) });
    const line = `[scan] ${'y'.repeat(10_000)}`;
    api.store.insertJob(job);
    api.store.appendLog(job.id, [line]);
    const page = mountForTest(job.id);
    await settle();
    const row = within(page.el).getByRole('log').querySelector('.job-log__text')!;
    expect(row.textContent).toBe(line);
    expect(within(page.el).getByRole('log').querySelector('button')).toBeNull();
  });
});
