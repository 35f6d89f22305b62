/**
 * The database schema as ordered, versioned steps. `PRAGMA user_version` records the last step applied;
 * {@link migrate} applies the missing ones inside one IMMEDIATE transaction, so a server and a CLI opening
 * the same file at once never both migrate.
 * The steps themselves are in migrationSteps.ts.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrationSteps.ts';

export { MIGRATIONS, type Migration } from './migrationSteps.ts';

/** The schema version a fully migrated database has. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Raised when a database was written by a newer release than this one. */
export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError';
  constructor(readonly found: number) {
    super(`database schema version ${found} is newer than this release supports (${SCHEMA_VERSION})`);
  }
}

/** The schema version recorded in the database (0 for an empty file). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every missing step and returns the versions applied (empty when up to date). Safe to call on
 * every start and from several processes at once.
 *
 * @example
 * const applied = migrate(db); // [1, 2, 3, 4] on a new file, [] afterwards
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (schemaVersion(db) === latest) return [];
  const applied: number[] = [];
  // IMMEDIATE takes the write lock before reading user_version, so a concurrent migrator waits
  // (busy_timeout) and then finds nothing left to do.
  db.transaction(() => {
    const current = schemaVersion(db);
    if (current > latest) throw new SchemaTooNewError(current);
    for (const step of migrations) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
      applied.push(step.version);
    }
  }).immediate();
  return applied;
}

/** Raised when a step to revert has no `down` script (the steps before 10). */
export class IrreversibleMigrationError extends Error {
  override readonly name = 'IrreversibleMigrationError';
  constructor(readonly version: number) {
    super(`schema step ${version} cannot be reverted`);
  }
}

/**
 * Undoes every applied step above `target`, newest first, with their `down` scripts, in one IMMEDIATE
 * transaction (all or nothing); returns the versions reverted. The rows stay; what the steps built from
 * them goes.
 *
 * @example
 * revertMigrations(db, 9); // [12, 11, 10]: the schema as a release before the search index left it
 */
export function revertMigrations(
  db: Database.Database,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  const reverted: number[] = [];
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  db.transaction(() => {
    const current = schemaVersion(db);
    // Steps this release does not know cannot be undone by it.
    if (current > latest) throw new SchemaTooNewError(current);
    for (const step of [...migrations].reverse()) {
      if (step.version > current || step.version <= target) continue;
      if (step.down === undefined) throw new IrreversibleMigrationError(step.version);
      db.exec(step.down);
      reverted.push(step.version);
    }
    if (current > target) db.pragma(`user_version = ${target}`);
  }).immediate();
  return reverted;
}
