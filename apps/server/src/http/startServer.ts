import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config/serverConfig.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { buildApp, type AppDeps } from './buildApp.ts';

/** A listening server. */
export interface RunningServer {
  /** `http://host:port` with the real port (useful with port 0). */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly db: Database.Database;
  /** Answers 503 SHUTTING_DOWN to new requests, lets in-flight ones finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database named by `config.dbPath`, builds the app and listens.
 *
 * @example
 * const server = await startServer(parseServerConfig({ port: 0 }));
 * await fetch(`${server.url}/health`);
 * await server.close();
 */
export async function startServer(
  config: ServerConfig,
  options: Pick<AppDeps, 'clock' | 'responseCacheSize' | 'logStream'> = {},
): Promise<RunningServer> {
  const db = openDatabase(config.dbPath);
  const app = buildApp({ config, db, ...options });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => undefined);
    db.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    app,
    db,
    close() {
      closing ??= app.close().finally(() => db.close());
      return closing;
    },
  };
}
