import { Subject, type Observable } from 'rxjs';

/** What one poller learned about the server from one request. */
export type ServerReport =
  /** The server answered (200, 304, 404, 401): it is up. */
  | { readonly kind: 'answered'; readonly at: number }
  /** No usable answer: network error, 5xx, timeout, malformed body. */
  | { readonly kind: 'failed'; readonly at: number }
  /** 429: the server asks everyone to wait until `until` (epoch ms). */
  | { readonly kind: 'rate-limited'; readonly at: number; readonly until: number };

/** What the connection tells every poller of the server. */
export type ConnectionSignal =
  /** The server answered again after failures: whoever is backing off should try now. */
  | { readonly type: 'CONNECTION.ANSWERED'; readonly at: number }
  /** The server asked to slow down: no request before `until` (epoch ms). */
  | { readonly type: 'CONNECTION.HOLD'; readonly at: number; readonly until: number };

/**
 * The state of one server as the pollers of one page see it together. Each poller reports how its requests
 * went; the connection turns that into signals for all of them, so a page's pollers never disagree about the
 * server for long: an answer after failures ends every other poller's backoff at once, and a Retry-After
 * holds them all.
 */
export interface ServerConnection {
  report(report: ServerReport): void;
  /** Hot: signals from now on. */
  readonly signals$: Observable<ConnectionSignal>;
}

/**
 * A connection of its own (tests, or pollers that must not share); pages use {@link serverConnectionFor}.
 *
 * @example
 * const connection = createServerConnection();
 * createPoller({ fetch: getJob, config, connection });
 * createPoller({ fetch: getLog, config, connection });
 */
export function createServerConnection(): ServerConnection {
  const signals = new Subject<ConnectionSignal>();
  let failing = false;
  return {
    signals$: signals.asObservable(),
    report(report) {
      switch (report.kind) {
        case 'answered':
          if (failing) signals.next({ type: 'CONNECTION.ANSWERED', at: report.at });
          failing = false;
          return;
        case 'failed':
          failing = true;
          return;
        case 'rate-limited':
          failing = true;
          signals.next({ type: 'CONNECTION.HOLD', at: report.at, until: report.until });
      }
    },
  };
}

/**
 * The name of the server at `apiBase` (resolved against `baseUrl` when relative, no trailing slash): what the
 * page's pollers of one server share — its connection, and its requests across tabs.
 *
 * @example serverKey('/api/', 'http://nas:8321/jobs') // 'http://nas:8321/api'
 */
export function serverKey(apiBase: string, baseUrl?: string): string {
  try {
    return new URL(apiBase, baseUrl).href.replace(/\/+$/, '');
  } catch {
    // Not resolvable here (a malformed base, a page without a URL): the text itself names the server.
    return apiBase;
  }
}

/** Where the connections of a page live: one object on the page, shared by every bundle that polls it. */
const REGISTRY = Symbol.for('vpo-live/server-connections@1');

type Registry = Map<string, ServerConnection>;

/**
 * The page's one connection to the server at `apiBase` (resolved against `baseUrl` when relative): the same
 * object for every poller — and every micro-frontend — on the page that talks to that server. Pollers of
 * different servers never share.
 *
 * @example const connection = serverConnectionFor('/api', document.baseURI);
 */
export function serverConnectionFor(
  apiBase: string,
  baseUrl?: string,
  scope: object = globalThis,
): ServerConnection {
  const holder = scope as { [REGISTRY]?: Registry };
  const registry = (holder[REGISTRY] ??= new Map());
  const key = serverKey(apiBase, baseUrl);
  let connection = registry.get(key);
  if (!connection) {
    connection = createServerConnection();
    registry.set(key, connection);
  }
  return connection;
}
