import stylesheetUrl from './styles/jobDetail.css?url';

/**
 * Adds the job detail stylesheet to the page once, as a `<link>` (a strict `style-src` CSP forbids inline
 * style text). The URL is resolved against this module, so it works whatever origin or path serves the build.
 * Returns the stylesheet's absolute URL.
 */
export function mountStylesheet(doc: Document = document): string {
  const href = new URL(stylesheetUrl, import.meta.url).href;
  const present = Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).some(
    (link) => link.href === href,
  );
  if (!present) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    doc.head.append(link);
  }
  return href;
}
