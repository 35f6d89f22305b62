// The server's public surface (`@vpo-live/server`), for what runs it from outside its CLI — the benchmarks:
// configuration, the database, generated job history, the app (built for inject(), or listening), and the
// list's SQL (the benchmark times a list's total on its own).
export {
  parseServerConfig,
  ServerConfigError,
  type ServerConfig,
  type ServerConfigInput,
} from './config/serverConfig.ts';
export { buildJobListSql, jobListFilterOf, type JobListFilter } from './db/jobListSql.ts';
export { JOB_LIST_ROW_COLUMNS } from './db/jobRow.ts';
export { openDatabase } from './db/openDatabase.ts';
export { seedJobs, type SeedJobsOptions } from './db/seedJobs.ts';
export { buildApp, type AppDeps } from './http/buildApp.ts';
export type { HttpClock } from './http/httpClock.ts';
export { startServer, type RunningServer } from './http/startServer.ts';
