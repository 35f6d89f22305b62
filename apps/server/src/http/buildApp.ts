import Database from 'better-sqlite3';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { logsDirOf, type ServerConfig } from '../config/serverConfig.ts';
import { JobReader } from '../db/jobReader.ts';
import { LogIndexCache } from '../logs/logIndexCache.ts';
import { createPooledListQueries } from '../queries/createPooledListQueries.ts';
import { inlineListQueries, type ListQueries } from '../queries/listQueries.ts';
import { registerPages, type PageErrors } from '../pages/registerPages.ts';
import { CsrfTokens } from './actions/csrfTokens.ts';
import { openApiDocument } from './openApi/openApiDocument.ts';
import { JSON_TYPE } from './routeResponse.ts';
import { answerClientError } from './answerClientError.ts';
import { SERVER_ERRORS, sendApiError, type ServerError } from './apiError.ts';
import { registerGuards } from './hooks/registerGuards.ts';
import { systemHttpClock, type HttpClock } from './httpClock.ts';
import { InFlight } from './inFlight.ts';
import { RequestLogController } from './requestLogController.ts';
import { ResponseCache } from './responseCache.ts';
import { registerRoutes, ROUTES } from './routes/routeTable.ts';
import { VersionLoader } from './versionLoader.ts';

/** Everything {@link buildApp} needs. */
export interface AppDeps {
  readonly config: ServerConfig;
  /** An open, migrated database (see `openDatabase`). The app never closes it. */
  readonly db: Database.Database;
  /** The app's time (tests move it by hand); default {@link systemHttpClock}. */
  readonly clock?: HttpClock;
  /** Overrides the shutting-down state (tests); otherwise it turns on when the app starts closing. */
  readonly isShuttingDown?: () => boolean;
  /** Response bodies kept by ETag (default 256; 0 turns the cache off, e.g. to measure query cost). */
  readonly responseCacheSize?: number;
  /** Where log lines go (default: stdout); the CLI passes a prettifier when stdout is a terminal. */
  readonly logStream?: NodeJS.WritableStream;
  /**
   * Where list queries run (tests). Default: `config.queryWorkers` worker threads over `db`'s file, closed
   * with the app; on the event loop when that is 0 or the database is `:memory:`.
   */
  readonly lists?: ListQueries;
}

/**
 * Builds the Fastify app (not listening): guards, the route table (the job API under /api and /api/v1,
 * /health), the host pages and the micro-frontend assets. Use `app.inject()` in tests, {@link startServer} to listen.
 *
 * @example
 * const app = buildApp({ config: parseServerConfig({ logLevel: 'silent' }), db: openDatabase(':memory:') });
 * const res = await app.inject('/api/jobs');
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const { config, db } = deps;
  const clock = deps.clock ?? systemHttpClock;
  let closing = false;
  let pages: PageErrors = { errorPage: (reply) => reply.code(400).send() };
  const isShuttingDown = deps.isShuttingDown ?? (() => closing);

  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, ...(deps.logStream ? { stream: deps.logStream } : {}) },
    logController: new RequestLogController(),
    // request.ip (the rate limit's key, the logs' remoteAddress) from X-Forwarded-For when the proxy is trusted.
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    // Our 503 SHUTTING_DOWN body replaces Fastify's own while closing.
    return503OnClosing: false,
    routerOptions: {
      // Long ids must reach the handler to get VPO's 400 INVALID_ID_FORMAT rather than a 404.
      maxParamLength: 4096,
      // Handlers read the raw query through URLSearchParams (the contract's readers); skip Fastify's parse.
      querystringParser: () => ({}),
    },
    // A request the HTTP parser refused (431, malformed request line) still gets VPO's error shape.
    clientErrorHandler: answerClientError,
    // A URL the router cannot decode (bad percent escapes) never reaches the hooks, so set their header here.
    frameworkErrors: (_error, request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      if (request.url.startsWith('/api/'))
        sendApiError(reply, SERVER_ERRORS.badRequest('Malformed request URL'));
      else pages.errorPage(reply, 400, 'Bad request', 'This address is malformed.');
    },
  });
  app.addHook('preClose', async () => {
    closing = true;
  });

  const csrf = new CsrfTokens();
  registerGuards(app, {
    csrf,
    authToken: config.authToken,
    rateLimitPerMinute: config.rateLimitPerMinute,
    isShuttingDown,
    now: () => clock.monotonic(),
  });

  const reader = new JobReader(db);
  const lists = deps.lists ?? ownListQueries(app, config, db, reader);
  registerRoutes(app, ROUTES, {
    db,
    reader,
    lists,
    listsInFlight: new InFlight(),
    logs: new LogIndexCache(),
    logsDir: logsDirOf(config),
    cache: new ResponseCache(deps.responseCacheSize ?? 256),
    versions: new VersionLoader(reader),
    now: () => clock.now(),
    startedAt: clock.now(),
    isShuttingDown,
  });
  // The document of the routes above, made once: what a client of this server may call.
  const openApi = JSON.stringify(openApiDocument());
  app.get('/api/openapi.json', async (_request, reply) => reply.type(JSON_TYPE).send(openApi));
  pages = registerPages(app, { config, db, reader, csrf });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = mapError(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendApiError(reply, mapped);
  });
  return app;
}

/** The list queries the app starts (and stops when it closes): threads unless there can be none. */
function ownListQueries(
  app: FastifyInstance,
  config: ServerConfig,
  db: Database.Database,
  reader: JobReader,
): ListQueries {
  if (config.queryWorkers === 0 || db.memory) return inlineListQueries(reader);
  const lists = createPooledListQueries({
    dbPath: db.name,
    workers: config.queryWorkers,
    timeoutMs: config.queryTimeoutMs,
  });
  app.addHook('onClose', () => lists.close());
  return lists;
}

/** Turns a thrown error into a response without leaking its message or stack. */
function mapError(error: FastifyError): ServerError {
  if (error instanceof Database.SqliteError || /database connection is not open/i.test(error.message ?? '')) {
    return SERVER_ERRORS.databaseUnavailable();
  }
  const status = error.statusCode;
  if (status === 403 || status === 404) return SERVER_ERRORS.routeNotFound();
  if (status !== undefined && status >= 400 && status < 500) {
    return { ...SERVER_ERRORS.badRequest('Bad request'), status };
  }
  return SERVER_ERRORS.internal();
}
