import { afterEach, describe, expect, it } from 'vitest';
import { linkStylesheet } from './linkStylesheet.ts';

describe('linkStylesheet', () => {
  afterEach(() => document.head.replaceChildren());

  it('adds one <link rel="stylesheet"> however often it is called, marked with its owner', () => {
    const href = 'https://remote.example/mfe/app/assets/app.css';
    expect(linkStylesheet(href, document, 'app')).toBe(href);
    linkStylesheet(href, document, 'app');
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.href).toBe(href);
    expect(links[0]?.dataset.vpoLive).toBe('app');
    expect(document.head.querySelector('style')).toBeNull();
  });
});
