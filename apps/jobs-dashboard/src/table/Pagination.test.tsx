import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { Pagination } from './Pagination.tsx';

describe('Pagination', () => {
  it('says which jobs are shown, and rewrites one text node when a poll changes the total', async () => {
    const [total, setTotal] = createSignal(120);
    render(() => (
      <Pagination offset={50} count={50} total={total()} pageSize={50} onOffset={() => undefined} />
    ));
    const info = screen.getByText('Showing 51–100 of 120 jobs · Page 2 of 3');
    expect(info.childNodes).toHaveLength(1);
    const text = info.firstChild;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(info, { subtree: true, childList: true, characterData: true });
    setTotal(121);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(info).toHaveTextContent('Showing 51–100 of 121 jobs · Page 2 of 3');
    expect(info.firstChild).toBe(text);
    expect(records.map((record) => record.type)).toEqual(['characterData']);
  });

  it('names the page when it has no jobs (a link past the end)', () => {
    render(() => <Pagination offset={150} count={0} total={120} pageSize={50} onOffset={() => undefined} />);
    expect(screen.getByText('Page 4 of 3')).toBeInTheDocument();
  });

  it('hides itself when every job fits on the first page', () => {
    render(() => <Pagination offset={0} count={20} total={20} pageSize={50} onOffset={() => undefined} />);
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });
});
