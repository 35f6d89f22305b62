/**
 * Adds a stylesheet to the page once, as a `<link>`: a strict `style-src` CSP forbids inline `<style>` text but
 * allows linked files. Callers pass an absolute URL resolved against their own module
 * (`new URL(cssUrl, import.meta.url).href`), so a remote loaded from another origin or path still finds its CSS.
 * Idempotent: a link with the same href is not added twice. Returns the href.
 */
export function linkStylesheet(href: string, doc: Document = document, owner?: string): string {
  const present = Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).some(
    (link) => link.href === href,
  );
  if (!present) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    if (owner) link.dataset.vpoLive = owner;
    doc.head.append(link);
  }
  return href;
}
