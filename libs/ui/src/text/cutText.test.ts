import { describe, expect, it } from 'vitest';
import { CUT_LIMIT, cutText } from './cutText.ts';

describe('cutText', () => {
  it('leaves a value of up to CUT_LIMIT characters alone', () => {
    expect(cutText('x'.repeat(CUT_LIMIT), 'end')).toBeNull();
    expect(cutText('x'.repeat(CUT_LIMIT), 'middle')).toBeNull();
  });

  it('keeps the start of a long message', () => {
    const text = `Error: ${'x'.repeat(10_000)}`;
    const cut = cutText(text, 'end')!;
    expect(cut.head).toBe(text.slice(0, CUT_LIMIT));
    expect(cut.tail).toBe('');
    expect(cut.hidden).toBe(text.length - CUT_LIMIT);
  });

  it('cuts a long path in the middle, so the file name stays', () => {
    const text = `/media/${'deep/'.repeat(2000)}Some Movie (2019).mkv`;
    const cut = cutText(text, 'middle')!;
    expect(cut.head.startsWith('/media/deep/')).toBe(true);
    expect(cut.tail.endsWith('/Some Movie (2019).mkv')).toBe(true);
    expect(cut.head.length + cut.tail.length).toBe(CUT_LIMIT);
    expect(cut.tail.length).toBeGreaterThan(cut.head.length);
    expect(cut.head.length + cut.hidden + cut.tail.length).toBe(text.length);
  });

  it('never splits a character made of two code units', () => {
    const emoji = '🎬'; // two UTF-16 code units
    const text = emoji.repeat(CUT_LIMIT);
    for (const mode of ['end', 'middle'] as const) {
      const cut = cutText(text, mode)!;
      expect(cut.head).toMatch(/^(?:🎬)+$/u);
      expect(cut.tail).toMatch(mode === 'end' ? /^$/ : /^(?:🎬)+$/u);
      expect(cut.head.length + cut.hidden + cut.tail.length).toBe(text.length);
    }
  });
});
