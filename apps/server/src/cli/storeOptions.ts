import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Command } from 'commander';
import { logsDirOf, parseServerConfig, ServerConfigError } from '../config/serverConfig.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { usageError } from './cliError.ts';
import type { CliIo } from './cliIo.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the jobs database and the job logs are, and what chose them (for `--verbose` and errors). */
export interface StoreLocation {
  readonly dbPath: string;
  readonly dataDir: string;
  readonly logsDir: string;
  /** `--db`, `env VPO_LIVE_DB`, `--data-dir`, `env VPO_LIVE_DATA_DIR` or `the workspace's .data/`. */
  readonly source: string;
}

/** The flags every command that opens the database shares. */
export interface StoreFlags {
  readonly db?: string;
  readonly dataDir?: string;
  readonly verbose?: boolean;
}

/** Help texts of the store flags, shared by `serve` and the other commands. */
export const STORE_HELP = {
  db: 'SQLite database file (env VPO_LIVE_DB; default: vpo-live.db in the data folder)',
  dataDir:
    "folder holding logs/ (env VPO_LIVE_DATA_DIR; default: the database's folder, else the workspace's .data/)",
  verbose: 'say on stderr which database and data folder are used, and why',
} as const;

/** Adds `--db`, `--data-dir` and `--verbose`. */
export function addStoreOptions(command: Command): Command {
  return command
    .option('--db <path>', STORE_HELP.db)
    .option('--data-dir <path>', STORE_HELP.dataDir)
    .option('--verbose', STORE_HELP.verbose);
}

/**
 * The store paths as given — flags win over the environment — and what gave them. Defaults are not filled
 * here: `parseServerConfig` (through `storePaths`) is their one home.
 */
export function storeInput(
  flags: StoreFlags,
  env: Env,
): { dbPath?: string; dataDir?: string; source: string } {
  const dbPath = flags.db ?? env.VPO_LIVE_DB;
  const dataDir = flags.dataDir ?? env.VPO_LIVE_DATA_DIR;
  const source =
    flags.db !== undefined
      ? '--db'
      : dbPath !== undefined
        ? 'env VPO_LIVE_DB'
        : flags.dataDir !== undefined
          ? '--data-dir'
          : dataDir !== undefined
            ? 'env VPO_LIVE_DATA_DIR'
            : "the workspace's .data/";
  return { dbPath, dataDir, source };
}

/** Resolves the store from flags and environment; bad values are a usage error (exit 2). */
export function resolveStore(flags: StoreFlags, env: Env): StoreLocation {
  const input = storeInput(flags, env);
  try {
    const config = parseServerConfig({ dbPath: input.dbPath, dataDir: input.dataDir });
    return {
      dbPath: config.dbPath,
      dataDir: config.dataDir,
      logsDir: logsDirOf(config),
      source: input.source,
    };
  } catch (error) {
    if (error instanceof ServerConfigError) throw usageError(error.message);
    throw error;
  }
}

/** The `--verbose` line: which database, which data folder, chosen by what. */
export function describeStore(store: Pick<StoreLocation, 'dbPath' | 'dataDir' | 'source'>): string {
  return `vpo-live: database ${store.dbPath}, data folder ${store.dataDir} (from ${store.source})`;
}

/**
 * Opens the database a command works on. Only `serve` creates a database (and `seed --create`): anywhere
 * else a missing file means a wrong path, and creating one would hide the mistake behind an empty database
 * that no server runs.
 */
export function openStore(
  flags: StoreFlags,
  io: CliIo,
  options: { create?: boolean } = {},
): { db: Database.Database; store: StoreLocation } {
  const store = resolveStore(flags, io.env);
  if (flags.verbose) io.stderr.write(`${describeStore(store)}\n`);
  if (!options.create && !existsSync(store.dbPath)) {
    throw usageError(
      `no database at ${store.dbPath} (from ${store.source}): start 'vpo-live serve' once to create it, or pass --db`,
    );
  }
  return { db: openDatabase(store.dbPath), store };
}
