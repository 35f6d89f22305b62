import { describe, expect, it } from 'vitest';
import { isTyping } from './isTyping.ts';

function pressOn(html: string): boolean {
  document.body.innerHTML = html;
  const target = document.body.firstElementChild!;
  let typing = false;
  target.addEventListener('keydown', (event) => (typing = isTyping(event as KeyboardEvent)));
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
  return typing;
}

describe('isTyping', () => {
  it('is true in text fields, number fields, selects, text areas and editable regions', () => {
    for (const html of [
      '<input type="text">',
      '<input type="search">',
      '<input type="number">',
      '<input>',
      '<select><option>a</option></select>',
      '<textarea></textarea>',
    ]) {
      expect(pressOn(html), html).toBe(true);
    }
  });

  it('is false on buttons, links, checkboxes and the page', () => {
    for (const html of [
      '<button>b</button>',
      '<a href="#x">x</a>',
      '<input type="checkbox">',
      '<div></div>',
    ]) {
      expect(pressOn(html), html).toBe(false);
    }
  });
});
