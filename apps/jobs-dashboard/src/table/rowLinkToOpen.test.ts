import { afterEach, describe, expect, it } from 'vitest';
import { rowLinkToOpen } from './rowLinkToOpen.ts';

function row(): HTMLTableRowElement {
  document.body.innerHTML = `<table><tbody><tr data-job-id="j1">
    <td class="jobs-cell--select"><input type="checkbox"></td>
    <td class="jobs-cell--id"><a href="/jobs/j1">j1</a></td>
    <td class="jobs-cell--type"><span>Scan</span></td>
    <td class="jobs-cell--path"><span class="vpo-cut vpo-cut--open"><span class="v">/a/b</span></span></td>
  </tr></tbody></table>`;
  return document.querySelector('tr')!;
}

const click = (target: Element, init: MouseEventInit = {}) => {
  let link: HTMLAnchorElement | null = null;
  target.addEventListener('click', (event) => (link = rowLinkToOpen(event as MouseEvent)), { once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  return link as HTMLAnchorElement | null;
};

describe('rowLinkToOpen', () => {
  afterEach(() => window.getSelection()?.removeAllRanges());

  it('is the row’s link for a plain click on a cell', () => {
    const tr = row();
    expect(click(tr.querySelector('.jobs-cell--type span')!)).toBe(tr.querySelector('a'));
  });

  it('is null on the checkbox, the link itself and a path shown whole', () => {
    const tr = row();
    expect(click(tr.querySelector('input')!)).toBeNull();
    expect(click(tr.querySelector('a')!)).toBeNull();
    expect(click(tr.querySelector('.v')!)).toBeNull();
  });

  it('is null after a drag that selected text', () => {
    const tr = row();
    const text = tr.querySelector('.jobs-cell--type span')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    window.getSelection()!.addRange(range);
    expect(click(text)).toBeNull();
  });
});
