import { describe, expect, it } from 'vitest';
import { createFakeWindow } from '../testing/createFakeWindow.ts';
import { online$ } from './online.ts';

describe('online$', () => {
  it('emits navigator.onLine, then each change once', () => {
    const win = createFakeWindow(false);
    const seen: boolean[] = [];
    const sub = online$(win).subscribe((v) => seen.push(v));
    win.setOnline(true);
    win.setOnline(true);
    win.setOnline(false);
    sub.unsubscribe();
    expect(seen).toEqual([false, true, false]);
  });

  it('removes both listeners on unsubscribe', () => {
    const win = createFakeWindow();
    const sub = online$(win).subscribe();
    expect(win.listenerCount()).toBe(2);
    sub.unsubscribe();
    expect(win.listenerCount()).toBe(0);
  });

  it('counts a page without a window as online', () => {
    const seen: boolean[] = [];
    online$(undefined).subscribe((v) => seen.push(v));
    expect(seen).toEqual([true]);
  });
});
