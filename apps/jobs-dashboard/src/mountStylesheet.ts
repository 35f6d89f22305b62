import stylesheetUrl from './styles/dashboard.css?url';

/**
 * Adds the dashboard's stylesheet as a `<link>` resolved against this module's own URL, so a host on another
 * origin loads it from the remote, and a strict `style-src` CSP (which forbids inline `<style>` text) still
 * applies it. Idempotent: mounting twice adds one link.
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
  link.dataset.vpoLive = 'jobs-dashboard';
  doc.head.append(link);
}
