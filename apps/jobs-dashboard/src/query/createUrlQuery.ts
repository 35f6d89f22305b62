import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { queryKey, readDashboardQuery, writeDashboardQuery, type DashboardQuery } from './dashboardQuery.ts';

/** The browser surface the URL state reads and writes (`window` by default). */
export interface HistoryPort {
  location: { search: string; pathname: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface UrlQuery {
  query: Accessor<DashboardQuery>;
  /** Moves to another view: pushes a history entry (or replaces the current one); no-op when nothing changed. */
  navigate(next: DashboardQuery, options?: { replace?: boolean }): void;
}

/**
 * The dashboard query as a signal backed by the page URL. Navigation pushes history entries; back/forward
 * (`popstate`) re-reads the URL. Must be called inside a Solid owner; the listener goes with it.
 */
export function createUrlQuery(port: HistoryPort = window): UrlQuery {
  const urlWith = (params: string) =>
    `${port.location.pathname}${params ? `?${params}` : ''}${port.location.hash}`;
  // A link with values the dashboard does not take (`?status=<script>`, `?page=-1`, `?limit=99999`) is shown
  // the view it does show, and the address is rewritten in place (no history entry) to name that view.
  const readAndTidy = () => {
    const current = new URLSearchParams(port.location.search);
    const shown = readDashboardQuery(port.location.search);
    const canonical = writeDashboardQuery(current, shown).toString();
    if (canonical !== current.toString())
      port.history.replaceState(port.history.state, '', urlWith(canonical));
    return shown;
  };
  const [query, setQuery] = createSignal(readAndTidy(), { equals: (a, b) => queryKey(a) === queryKey(b) });

  const onPopState = () => setQuery(readAndTidy());
  port.addEventListener('popstate', onPopState);
  onCleanup(() => port.removeEventListener('popstate', onPopState));

  return {
    query,
    navigate(next, options = {}) {
      if (queryKey(next) === queryKey(query())) return;
      const url = urlWith(writeDashboardQuery(new URLSearchParams(port.location.search), next).toString());
      if (options.replace) port.history.replaceState(port.history.state, '', url);
      else port.history.pushState(null, '', url);
      setQuery(next);
    },
  };
}
