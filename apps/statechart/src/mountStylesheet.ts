import stylesheetUrl from './styles/statechart.css?url';

/**
 * Adds the page's stylesheet as a `<link>` resolved against this module's own URL, so a strict
 * `style-src 'self'` CSP (no inline `<style>`) still applies it, from any host page. Idempotent.
 */
export function mountStylesheet(doc: Document = document): void {
  const href = new URL(stylesheetUrl, import.meta.url).href;
  const present = Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).some(
    (link) => link.href === href,
  );
  if (present) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.vpoLive = 'statechart';
  doc.head.append(link);
}
