import { fireEvent, screen, within } from '@solidjs/testing-library';
import { buildJobs } from '@vpo-live/vpo-api/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowIds, useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

const bar = (place: 'above' | 'below') =>
  within(screen.getByRole('navigation', { name: `Pages, ${place} the table` }));

describe('paging through the list', () => {
  // jsdom has no scrollIntoView; each test that needs one puts its own on the prototype.
  afterEach(() => {
    vi.restoreAllMocks();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('has the same controls above and below the table', async () => {
    const { root } = await start(buildJobs(120, 3));
    const navs = root.querySelectorAll('nav.jobs-pagination');
    expect(navs).toHaveLength(2);
    const table = root.querySelector('table')!;
    expect(navs[0]!.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(navs[1]!.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    for (const place of ['above', 'below'] as const) {
      expect(bar(place).getByRole('spinbutton', { name: 'Page' })).toHaveValue(1);
      expect(bar(place).getByText('of 3')).toBeInTheDocument();
    }
  });

  it('brings the table top into view when the page changes from below it', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const { root, settle } = await start(buildJobs(120, 3));
    const above = root.querySelector<HTMLElement>('.jobs-pagination--above')!;
    // Scrolled down to the controls below: the controls above are out of view.
    vi.spyOn(above, 'getBoundingClientRect').mockReturnValue({ top: -2400 } as DOMRect);
    bar('below').getByRole('button', { name: 'Last page' }).click();
    await settle();
    expect(window.location.search).toBe('?offset=100');
    expect(rowIds(root)).toHaveLength(20);
    expect(scrolled).toEqual([above]);
  });

  it('leaves the scroll alone when the controls above are in view', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { settle } = await start(buildJobs(120, 3));
    bar('above').getByRole('button', { name: 'Next' }).click();
    await settle();
    expect(window.location.search).toBe('?offset=50');
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('goes to a typed page number', async () => {
    const { root, settle } = await start(buildJobs(120, 3));
    const field = bar('above').getByRole('spinbutton', { name: 'Page' });
    fireEvent.change(field, { target: { value: '3' } });
    await settle();
    expect(window.location.search).toBe('?offset=100');
    expect(rowIds(root)).toHaveLength(20);
    expect(bar('below').getByRole('spinbutton', { name: 'Page' })).toHaveValue(3);
  });

  it('changes the page size as `limit`, keeping the first job in view', async () => {
    const { root, listRequests, settle } = await start(buildJobs(120, 3), { url: '/jobs?offset=50' });
    fireEvent.change(bar('below').getByRole('combobox', { name: 'Rows per page' }), {
      target: { value: '25' },
    });
    await settle();
    expect(window.location.search).toBe('?limit=25&offset=50');
    expect(listRequests().at(-1)!.searchParams.get('limit')).toBe('25');
    expect(rowIds(root)).toHaveLength(25);
    fireEvent.change(bar('above').getByRole('combobox', { name: 'Rows per page' }), {
      target: { value: '100' },
    });
    await settle();
    expect(window.location.search).toBe('?limit=100');
    expect(rowIds(root)).toHaveLength(100);
  });

  it('falls back to 50 rows for a page size that is no number', async () => {
    const { root } = await start(buildJobs(120, 3), { url: '/jobs?limit=abc' });
    expect(rowIds(root)).toHaveLength(50);
    expect(bar('above').getByRole<HTMLSelectElement>('combobox', { name: 'Rows per page' }).value).toBe('50');
  });

  it('offers the first page for a link past the end', async () => {
    const { root, settle } = await start(buildJobs(120, 3), { url: '/jobs?offset=5000' });
    screen.getByRole('button', { name: /first page/i }).click();
    await settle();
    expect(window.location.search).toBe('');
    expect(rowIds(root)).toHaveLength(50);
  });
});
