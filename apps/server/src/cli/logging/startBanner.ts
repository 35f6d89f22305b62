import type { ServerConfig, TrustProxy } from '../../config/serverConfig.ts';

/** What the start banner tells. */
export interface StartInfo {
  /** `http://host:port`, the real port. */
  readonly url: string;
  readonly config: ServerConfig;
  /** What chose the database (see `storeInput`). */
  readonly storeSource: string;
  readonly demo: boolean;
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

function trustProxyText(value: TrustProxy): string {
  if (value === false) return 'off';
  if (value === true) return 'any proxy';
  if (typeof value === 'number') return `${value} hop${value === 1 ? '' : 's'}`;
  return value.join(', ');
}

/**
 * The banner `serve` prints on a terminal: where to open it, which database and folder it uses and why,
 * and the settings a newcomer asks about first. Its first line is the one scripts have always matched.
 *
 * @example formatStartBanner({ url: 'http://127.0.0.1:8321', config, storeSource: '--db', demo: true })
 */
export function formatStartBanner(info: StartInfo): string {
  const { config } = info;
  const polling = config.polling.enabled
    ? `pages every ${seconds(config.polling.interval)}, logs every ${seconds(config.polling.logInterval)}`
    : 'off (pages load once)';
  const limit = config.rateLimitPerMinute === 0 ? 'off' : `${config.rateLimitPerMinute} GET/min per client`;
  const lines = [
    `vpo-live serving ${info.url}/jobs`,
    `  database   ${config.dbPath}  (from ${info.storeSource})`,
    `  data       ${config.dataDir}  (job logs in logs/)`,
    `  polling    ${polling}`,
    `  auth       ${config.authToken === undefined ? 'off' : 'on (HTTP Basic)'} · rate limit ${limit} · trust proxy ${trustProxyText(config.trustProxy)}`,
    `  demo       ${info.demo ? 'on: scans and demo jobs keep arriving' : 'off'}`,
    `  log        ${config.logLevel} and above; requests at debug · Ctrl-C stops`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The same facts as one JSON line shaped like a pino info record, for a log collector when stdout is not a
 * terminal. Written even at `--log-level silent`, as the banner is: it is the server's answer to "where?".
 */
export function startRecord(info: StartInfo, now: number): string {
  const { config } = info;
  return `${JSON.stringify({
    level: 30,
    time: now,
    msg: `vpo-live serving ${info.url}/jobs`,
    url: info.url,
    database: config.dbPath,
    databaseFrom: info.storeSource,
    dataDir: config.dataDir,
    polling: config.polling,
    auth: config.authToken !== undefined,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    demo: info.demo,
  })}\n`;
}
