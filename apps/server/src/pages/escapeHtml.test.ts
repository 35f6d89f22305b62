import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.ts';

describe('escapeHtml', () => {
  it('escapes every character that can end text or an attribute or start markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&#96;&lt;/a&gt;',
    );
  });

  it('leaves other text alone and prints numbers and booleans', () => {
    expect(escapeHtml('Jobs — 日本 ✓')).toBe('Jobs — 日本 ✓');
    expect([escapeHtml(5000), escapeHtml(false)]).toEqual(['5000', 'false']);
  });
});
