import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, clampPage } from './Pagination.tsx';

function renderBar(props: { offset: number; count: number; total: number; pageSize?: number }) {
  const onOffset = vi.fn();
  const onPageSize = vi.fn();
  render(() => (
    <Pagination place="below" pageSize={50} {...props} onOffset={onOffset} onPageSize={onPageSize} />
  ));
  const nav = screen.queryByRole('navigation', { name: 'Pages, below the table' });
  return { nav, bar: nav ? within(nav) : null, onOffset, onPageSize };
}

describe('Pagination', () => {
  it('says which jobs are shown, and rewrites one text node when a poll changes the total', async () => {
    const [total, setTotal] = createSignal(120);
    render(() => (
      <Pagination
        place="above"
        offset={50}
        count={50}
        total={total()}
        pageSize={50}
        onOffset={() => undefined}
        onPageSize={() => undefined}
      />
    ));
    const info = screen.getByText('Showing 51–100 of 120 jobs');
    expect(info.childNodes).toHaveLength(1);
    const text = info.firstChild;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(info, { subtree: true, childList: true, characterData: true });
    setTotal(121);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(info).toHaveTextContent('Showing 51–100 of 121 jobs');
    expect(info.firstChild).toBe(text);
    expect(records.map((record) => record.type)).toEqual(['characterData']);
  });

  it('goes to the first, previous, next and last page', () => {
    const { bar, onOffset } = renderBar({ offset: 100, count: 50, total: 234 });
    bar!.getByRole('button', { name: 'First page' }).click();
    bar!.getByRole('button', { name: 'Previous' }).click();
    bar!.getByRole('button', { name: 'Next' }).click();
    bar!.getByRole('button', { name: 'Last page' }).click();
    expect(onOffset.mock.calls.map(([offset]) => offset)).toEqual([0, 50, 150, 200]);
    expect(bar!.getByRole('spinbutton', { name: 'Page' })).toHaveValue(3);
    expect(bar!.getByText('of 5')).toBeInTheDocument();
  });

  it('disables first/previous on the first page and next/last on the last', () => {
    const first = renderBar({ offset: 0, count: 50, total: 120 });
    expect(first.bar!.getByRole('button', { name: 'First page' })).toBeDisabled();
    expect(first.bar!.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(first.bar!.getByRole('button', { name: 'Last page' })).toBeEnabled();
    first.nav!.remove();
    const last = renderBar({ offset: 100, count: 20, total: 120 });
    expect(last.bar!.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(last.bar!.getByRole('button', { name: 'Last page' })).toBeDisabled();
  });

  it('goes to a typed page, clamped to the pages there are; ignores what is not a number', () => {
    const { bar, onOffset } = renderBar({ offset: 0, count: 50, total: 234 });
    const field = bar!.getByRole<HTMLInputElement>('spinbutton', { name: 'Page' });
    fireEvent.change(field, { target: { value: '4' } });
    expect(onOffset).toHaveBeenLastCalledWith(150);
    fireEvent.change(field, { target: { value: '99' } });
    expect(onOffset).toHaveBeenLastCalledWith(200);
    expect(field.value).toBe('5');
    onOffset.mockClear();
    fireEvent.change(field, { target: { value: '' } });
    expect(onOffset).not.toHaveBeenCalled();
    expect(field.value).toBe('1');
  });

  it('offers 25, 50 and 100 rows per page, and keeps another size a link carries', () => {
    const { bar, onPageSize } = renderBar({ offset: 0, count: 20, total: 120, pageSize: 20 });
    const select = bar!.getByRole<HTMLSelectElement>('combobox', { name: 'Rows per page' });
    expect(Array.from(select.options).map((option) => option.value)).toEqual(['20', '25', '50', '100']);
    expect(select.value).toBe('20');
    fireEvent.change(select, { target: { value: '100' } });
    expect(onPageSize).toHaveBeenCalledWith(100);
  });

  it('names the page when it has no jobs (a link past the end)', () => {
    const { bar } = renderBar({ offset: 150, count: 0, total: 120 });
    expect(bar!.getByText('No jobs on this page')).toBeInTheDocument();
    expect(bar!.getByRole('button', { name: 'Last page' })).toBeEnabled();
  });

  it('keeps only the count above the table while every job fits on the smallest page', () => {
    expect(renderBar({ offset: 0, count: 20, total: 20 }).nav).toBeNull();
    render(() => (
      <Pagination
        place="above"
        offset={0}
        count={5}
        total={5}
        pageSize={50}
        onOffset={() => undefined}
        onPageSize={() => undefined}
      />
    ));
    const above = screen.getByRole('navigation', { name: 'Pages, above the table' });
    expect(above).toHaveTextContent('Showing 1–5 of 5 jobs');
    expect(within(above).queryByRole('button')).toBeNull();
    expect(within(above).queryByRole('combobox')).toBeNull();
  });

  it('counts one job as one: “Showing 1 of 1 job”, “Showing 51 of 51 jobs”', () => {
    const [offset, setOffset] = createSignal(0);
    const [total, setTotal] = createSignal(1);
    render(() => (
      <Pagination
        place="above"
        offset={offset()}
        count={1}
        total={total()}
        pageSize={50}
        onOffset={() => undefined}
        onPageSize={() => undefined}
      />
    ));
    const bar = screen.getByRole('navigation', { name: 'Pages, above the table' });
    expect(bar).toHaveTextContent('Showing 1 of 1 job');
    setOffset(50);
    setTotal(51);
    expect(bar).toHaveTextContent('Showing 51 of 51 jobs');
    setTotal(100100);
    expect(bar).toHaveTextContent('Showing 51 of 100,100 jobs');
  });
});

describe('clampPage', () => {
  it('reads a whole page number within 1..pages, or null', () => {
    expect(clampPage(' 3 ', 5)).toBe(3);
    expect(clampPage('0', 5)).toBe(1);
    expect(clampPage('-4', 5)).toBe(1);
    expect(clampPage('12', 5)).toBe(5);
    expect(clampPage('abc', 5)).toBeNull();
  });
});
