import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parsePollingSettings, POLLING_LIMITS } from '@vpo-live/vpo-api';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_DB_PATH,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  ServerConfigError,
  logsDirOf,
  parseServerConfig,
  storePaths,
} from './serverConfig.ts';

describe('parseServerConfig', () => {
  it('fills every default', () => {
    const config = parseServerConfig();
    expect(config).toMatchObject({
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      dbPath: DEFAULT_DB_PATH,
      dataDir: dirname(resolve(DEFAULT_DB_PATH)),
      polling: { interval: 5000, enabled: true, logInterval: 15000 },
      authToken: undefined,
      rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
      logLevel: 'info',
    });
    expect(logsDirOf(config)).toBe(resolve(dirname(resolve(DEFAULT_DB_PATH)), 'logs'));
  });

  it('accepts numbers and booleans written as strings (CLI flags, env)', () => {
    const config = parseServerConfig({
      port: ' 0 ',
      rateLimitPerMinute: '0',
      polling: { interval: '3000', enabled: 'false', logInterval: '9000' },
    });
    expect([config.port, config.rateLimitPerMinute]).toEqual([0, 0]);
    expect(config.polling).toEqual({ interval: 3000, enabled: false, logInterval: 9000 });
  });

  it.each([
    [500, 2000],
    [2000, 2000],
    [59_999, 59_999],
    [600_000, 60_000],
  ])('clamps a polling interval of %i ms to %i ms (VPO: 2–60 s)', (interval, expected) => {
    expect(parseServerConfig({ polling: { interval } }).polling.interval).toBe(expected);
  });

  it('never lets the log interval fall below the polling interval', () => {
    expect(parseServerConfig({ polling: { interval: 30_000 } }).polling.logInterval).toBe(30_000);
    expect(parseServerConfig({ polling: { interval: 5000, logInterval: 1000 } }).polling.logInterval).toBe(
      5000,
    );
  });

  it('caps the log interval where the pages do, so a page reads back exactly what the server wrote', () => {
    expect(parseServerConfig({ polling: { logInterval: 900_000 } }).polling.logInterval).toBe(
      POLLING_LIMITS.maxLogInterval,
    );
    for (const polling of [
      {},
      { interval: 500, logInterval: 900_000 },
      { interval: 30_000 },
      { interval: 5000, logInterval: 1000 },
      { logInterval: -5, enabled: 'false' },
      { interval: '70000', logInterval: '400000' },
    ]) {
      const written = parseServerConfig({ polling }).polling;
      const body = {
        dataset: {
          pollingInterval: String(written.interval),
          pollingEnabled: String(written.enabled),
          pollingLogInterval: String(written.logInterval),
        },
      };
      expect(parsePollingSettings(body), JSON.stringify(polling)).toEqual({
        settings: written,
        warnings: [],
      });
    }
  });

  it('treats an empty auth token as no auth, as VPO does', () => {
    expect(parseServerConfig({ authToken: '' }).authToken).toBeUndefined();
    expect(parseServerConfig({ authToken: 's3cret' }).authToken).toBe('s3cret');
  });

  it('puts logs next to the database unless a data dir is given', () => {
    expect(parseServerConfig({ dbPath: '/srv/vpo/jobs.db' }).dataDir).toBe('/srv/vpo');
    expect(parseServerConfig({ dbPath: '/srv/vpo/jobs.db', dataDir: '/var/vpo' }).dataDir).toBe('/var/vpo');
  });

  it('keeps the database in a given data dir, and in the workspace’s .data/ without either', () => {
    expect(storePaths('/var/vpo/x.db', undefined)).toEqual({ dbPath: '/var/vpo/x.db', dataDir: '/var/vpo' });
    expect(storePaths(undefined, '/var/vpo')).toEqual({
      dbPath: '/var/vpo/vpo-live.db',
      dataDir: '/var/vpo',
    });
    expect(storePaths(undefined, undefined)).toEqual({ dbPath: DEFAULT_DB_PATH, dataDir: DEFAULT_DATA_DIR });
    // The workspace root, found from the source file — not from the current directory.
    expect(DEFAULT_DATA_DIR).toBe(fileURLToPath(new URL('../../../../.data', import.meta.url)));
    // Paths given by the user are theirs: relative to where they typed them.
    expect(storePaths('rel/x.db', undefined).dbPath).toBe(resolve('rel/x.db'));
  });

  it.each([
    [{ port: 70000 }, 'port'],
    [{ port: -1 }, 'port'],
    [{ port: '80a' }, 'port'],
    [{ port: 1.5 }, 'port'],
    [{ host: '' }, 'host'],
    [{ host: 'bad host' }, 'host'],
    [{ dbPath: '  ' }, 'dbPath'],
    [{ rateLimitPerMinute: -5 }, 'rateLimitPerMinute'],
    [{ polling: { interval: 'fast' } }, 'polling.interval'],
    [{ polling: { enabled: 'maybe' } }, 'polling.enabled'],
    [{ authToken: 'has:colon' }, 'authToken'],
    [{ logLevel: 'loud' }, 'logLevel'],
  ])('rejects %j with a one-line reason naming %s', (input, field) => {
    let error: unknown;
    try {
      parseServerConfig(input as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServerConfigError);
    const configError = error as ServerConfigError;
    expect(configError.field).toBe(field);
    expect(configError.message).toMatch(new RegExp(`^invalid config ${field.replace('.', '\\.')}: \\S`));
    expect(configError.message).not.toContain('\n');
  });
});
