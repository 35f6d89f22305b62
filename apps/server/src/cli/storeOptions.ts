import type { Command } from 'commander';
import { logsDirOf, parseServerConfig, ServerConfigError } from '../config/serverConfig.ts';
import { usageError } from './cliError.ts';

/** Where the jobs database and the job logs are. */
export interface StoreLocation {
  readonly dbPath: string;
  readonly dataDir: string;
  readonly logsDir: string;
}

/** The flags every command that opens the database shares. */
export interface StoreFlags {
  readonly db?: string;
  readonly dataDir?: string;
}

/** Adds `--db` and `--data-dir`. */
export function addStoreOptions(command: Command): Command {
  return command
    .option('--db <path>', 'SQLite database file (env VPO_LIVE_DB; default ./.data/vpo-live.db)')
    .option(
      '--data-dir <path>',
      "folder holding logs/ (env VPO_LIVE_DATA_DIR; default: the database's folder)",
    );
}

/** Flags win over the environment; the server's config rules fill defaults and reject bad values (exit 2). */
export function resolveStore(
  flags: StoreFlags,
  env: Readonly<Record<string, string | undefined>>,
): StoreLocation {
  try {
    const config = parseServerConfig({
      dbPath: flags.db ?? env.VPO_LIVE_DB,
      dataDir: flags.dataDir ?? env.VPO_LIVE_DATA_DIR,
    });
    return { dbPath: config.dbPath, dataDir: config.dataDir, logsDir: logsDirOf(config) };
  } catch (error) {
    if (error instanceof ServerConfigError) throw usageError(error.message);
    throw error;
  }
}
