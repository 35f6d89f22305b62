import { describe, expect, it } from 'vitest';
import { createFakeDocument } from '../testing/createFakeDocument.ts';
import { visibility$ } from './visibility.ts';

describe('visibility$', () => {
  it('emits the current visibility, then each change once', () => {
    const doc = createFakeDocument('visible');
    const seen: boolean[] = [];
    const sub = visibility$(doc).subscribe((v) => seen.push(v));
    doc.setVisibility('hidden');
    doc.setVisibility('hidden');
    doc.setVisibility('visible');
    sub.unsubscribe();
    expect(seen).toEqual([true, false, true]);
  });

  it('removes its listener on unsubscribe', () => {
    const doc = createFakeDocument();
    const sub = visibility$(doc).subscribe();
    expect(doc.listenerCount()).toBe(1);
    sub.unsubscribe();
    expect(doc.listenerCount()).toBe(0);
  });

  it('counts a page without a document as visible', () => {
    const seen: boolean[] = [];
    visibility$(null).subscribe((v) => seen.push(v));
    expect(seen).toEqual([true]);
  });
});
