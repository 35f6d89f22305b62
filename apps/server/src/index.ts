// The server's public surface (`@vpo-live/server`), for what runs it from outside its CLI — the benchmarks:
// configuration, the database, generated job history, and the app (built for inject(), or listening).
export {
  parseServerConfig,
  ServerConfigError,
  type ServerConfig,
  type ServerConfigInput,
} from './config/serverConfig.ts';
export { openDatabase } from './db/openDatabase.ts';
export { seedJobs, type SeedJobsOptions } from './db/seedJobs.ts';
export { buildApp, type AppDeps } from './http/buildApp.ts';
export type { HttpClock } from './http/httpClock.ts';
export { startServer, type RunningServer } from './http/startServer.ts';
