/**
 * The server under benchmark, in its own process so the load generation does not share its event
 * loop: starts the real server (rate limit off, logs off) on the database named by BENCH_DB_PATH, prints
 * its URL on stdout, and closes on SIGTERM. BENCH_RESPONSE_CACHE=0 turns the response cache off, so every
 * 200 runs its queries and serializes.
 */
import { parseServerConfig, startServer } from '@vpo-live/server';

const dbPath = process.env['BENCH_DB_PATH'];
if (dbPath === undefined) throw new Error('BENCH_DB_PATH is not set');

const responseCacheSize = process.env['BENCH_RESPONSE_CACHE'] === '0' ? 0 : 256;
const server = await startServer(
  parseServerConfig({ port: 0, dbPath, rateLimitPerMinute: 0, logLevel: 'silent' }),
  { responseCacheSize },
);
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
