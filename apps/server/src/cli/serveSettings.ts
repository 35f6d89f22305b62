import { parseServerConfig, type ServerConfig, ServerConfigError } from '../config/serverConfig.ts';
import { usageError } from './cliError.ts';
import { parseDecimal, parseInteger } from './parseNumbers.ts';
import { storeInput } from './storeOptions.ts';

/** `vpo-live serve` flags as commander hands them over (values still text). */
export interface ServeFlags {
  readonly port?: string;
  readonly host?: string;
  readonly db?: string;
  readonly dataDir?: string;
  readonly pollingInterval?: string;
  readonly logInterval?: string;
  /** `false` when `--no-polling` was given. */
  readonly polling?: boolean;
  readonly demo?: boolean;
  readonly authToken?: string;
  readonly rateLimit?: string;
  readonly queryWorkers?: string;
  readonly queryTimeoutMs?: string;
  readonly logLevel?: string;
  readonly logFormat?: string;
  readonly trustProxy?: string;
  readonly verbose?: boolean;
  readonly concurrency?: string;
  readonly logBatch?: string;
  readonly logFlushMs?: string;
  readonly staleAfter?: string;
  readonly demoFailureRate?: string;
}

/** The runner's part of the settings. */
export interface RunnerSettings {
  readonly concurrency: number;
  readonly logBatching: { readonly batchLines: number; readonly flushIntervalMs: number };
  readonly staleAfterMs: number;
}

/** How the console shows logs: `auto` is `pretty` on a terminal and `json` anywhere else. */
export const LOG_FORMATS = ['auto', 'pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Everything `serve` needs, validated. */
export interface ServeSettings {
  readonly config: ServerConfig;
  /** What chose the database (`--db`, `env VPO_LIVE_DB`, …, or the workspace default). */
  readonly storeSource: string;
  readonly logFormat: LogFormat;
  readonly verbose: boolean;
  readonly runner: RunnerSettings;
  readonly demo: { readonly enabled: boolean; readonly failureRate: number };
}

type Env = Readonly<Record<string, string | undefined>>;

/** Each runner flag: its environment variable, range and default. */
const RUNNER_LIMITS = {
  concurrency: { flag: '--concurrency', env: 'VPO_LIVE_CONCURRENCY', min: 1, max: 16, fallback: 2 },
  logBatch: { flag: '--log-batch', env: 'VPO_LIVE_LOG_BATCH', min: 1, max: 1000, fallback: 100 },
  // Never more than a second: the pages tail logs and must not lag much behind the job.
  logFlushMs: { flag: '--log-flush-ms', env: 'VPO_LIVE_LOG_FLUSH_MS', min: 50, max: 1000, fallback: 1000 },
  staleAfter: { flag: '--stale-after', env: 'VPO_LIVE_STALE_AFTER', min: 5, max: 86_400, fallback: 300 },
} as const;

/**
 * Merges flags over environment variables (`VPO_LIVE_PORT`, `VPO_LIVE_DB`, …) and validates the result:
 * the server's own config rules for server values, ranges for runner values. Throws a usage error (exit 2)
 * with a one-line reason naming the flag or field.
 *
 * @example resolveServeSettings({ port: '0', demo: true }, process.env).config.port // 0
 */
export function resolveServeSettings(flags: ServeFlags, env: Env): ServeSettings {
  let config: ServerConfig;
  const store = storeInput(flags, env);
  try {
    config = parseServerConfig({
      port: flags.port ?? env.VPO_LIVE_PORT,
      host: flags.host ?? env.VPO_LIVE_HOST,
      dbPath: store.dbPath,
      dataDir: store.dataDir,
      authToken: flags.authToken ?? env.VPO_LIVE_AUTH_TOKEN,
      rateLimitPerMinute: flags.rateLimit ?? env.VPO_LIVE_RATE_LIMIT,
      queryWorkers: flags.queryWorkers ?? env.VPO_LIVE_QUERY_WORKERS,
      queryTimeoutMs: flags.queryTimeoutMs ?? env.VPO_LIVE_QUERY_TIMEOUT_MS,
      trustProxy: flags.trustProxy ?? env.VPO_LIVE_TRUST_PROXY,
      logLevel: flags.logLevel ?? env.VPO_LIVE_LOG_LEVEL,
      polling: {
        interval: flags.pollingInterval ?? env.VPO_LIVE_POLLING_INTERVAL,
        logInterval: flags.logInterval ?? env.VPO_LIVE_LOG_INTERVAL,
        enabled: flags.polling === false ? false : env.VPO_LIVE_POLLING_ENABLED,
      },
    });
  } catch (error) {
    if (error instanceof ServerConfigError) throw usageError(error.message);
    throw error;
  }
  const int = (key: keyof typeof RUNNER_LIMITS): number => {
    const limits = RUNNER_LIMITS[key];
    const fromFlag = flags[key];
    const text = fromFlag ?? env[limits.env];
    if (text === undefined || text.trim() === '') return limits.fallback;
    const value = parseInteger(text);
    if (value === null || value < limits.min || value > limits.max) {
      const source = fromFlag === undefined ? `env ${limits.env}` : limits.flag;
      throw usageError(
        `invalid ${source} '${text}': expected an integer from ${limits.min} to ${limits.max}`,
      );
    }
    return value;
  };
  return {
    config,
    storeSource: store.source,
    logFormat: logFormat(flags, env),
    verbose: flags.verbose ?? false,
    runner: {
      concurrency: int('concurrency'),
      logBatching: { batchLines: int('logBatch'), flushIntervalMs: int('logFlushMs') },
      staleAfterMs: int('staleAfter') * 1000,
    },
    demo: {
      enabled: flags.demo ?? envFlag(env, 'VPO_LIVE_DEMO') ?? false,
      failureRate: failureRate(flags, env),
    },
  };
}

function logFormat(flags: ServeFlags, env: Env): LogFormat {
  const text = flags.logFormat ?? env.VPO_LIVE_LOG_FORMAT;
  if (text === undefined || text.trim() === '') return 'auto';
  const value = text.trim().toLowerCase();
  if ((LOG_FORMATS as readonly string[]).includes(value)) return value as LogFormat;
  const source = flags.logFormat === undefined ? 'env VPO_LIVE_LOG_FORMAT' : '--log-format';
  throw usageError(`invalid ${source} '${text}': expected ${LOG_FORMATS.join(', ')}`);
}

function envFlag(env: Env, name: string): boolean | undefined {
  const text = env[name]?.trim().toLowerCase();
  if (text === undefined || text === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw usageError(`invalid env ${name} '${env[name]}': expected true or false`);
}

function failureRate(flags: ServeFlags, env: Env): number {
  const text = flags.demoFailureRate ?? env.VPO_LIVE_DEMO_FAILURE_RATE;
  if (text === undefined || text.trim() === '') return 0.15;
  const value = parseDecimal(text);
  if (value === null || value < 0 || value > 1) {
    const source =
      flags.demoFailureRate === undefined ? 'env VPO_LIVE_DEMO_FAILURE_RATE' : '--demo-failure-rate';
    throw usageError(`invalid ${source} '${text}': expected a number from 0 to 1`);
  }
  return value;
}
