import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayPromptForLogin } from '../client/loginPrompt.ts';
import { pageUrl } from './pageUrl.ts';

afterEach(() => vi.unstubAllGlobals());

const onPage = (baseURI: string) => {
  vi.stubGlobal('document', { baseURI });
  vi.stubGlobal('location', { origin: new URL(baseURI).origin });
};

describe('pageUrl', () => {
  it("resolves against the page's base URL, as fetch on the page would", () => {
    onPage('http://127.0.0.1:8321/jobs/abc');
    expect(pageUrl('/api/jobs?status=running')).toEqual({
      href: 'http://127.0.0.1:8321/api/jobs?status=running',
      origin: 'http://127.0.0.1:8321',
    });
    expect(pageUrl('../api/jobs/abc')?.href).toBe('http://127.0.0.1:8321/api/jobs/abc');
    expect(pageUrl('https://vpo.example/api/jobs')?.origin).toBe('https://vpo.example');
  });

  it('is null outside a page and for a URL that does not parse', () => {
    expect(pageUrl('/api/jobs')).toBeNull();
    onPage('http://127.0.0.1:8321/jobs');
    expect(pageUrl('http://[bad')).toBeNull();
  });

  it('answers each page address for itself', () => {
    onPage('http://a.example/jobs');
    expect(pageUrl('/api/jobs')?.origin).toBe('http://a.example');
    onPage('http://b.example/jobs');
    expect(pageUrl('/api/jobs')?.origin).toBe('http://b.example');
  });
});

describe('mayPromptForLogin', () => {
  it('only for a request to the page’s own origin, in a page', () => {
    expect(mayPromptForLogin('/api/jobs')).toBe(false);
    onPage('http://127.0.0.1:8321/jobs');
    expect(mayPromptForLogin('/api/jobs')).toBe(true);
    expect(mayPromptForLogin('http://other.example/api/jobs')).toBe(false);
  });
});
