/**
 * The per-status-and-type counts (migration 12) against the rows themselves, through every kind of write:
 * inserts, INSERT OR REPLACE, status and type changes (alone, together, to the same value), deletes —
 * and the list totals read from them.
 */
import type Database from 'better-sqlite3';
import { JOB_STATUSES, JOB_TYPES } from '@vpo-live/vpo-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listFilter } from '../../test/listFilter.ts';
import { JobReader } from './jobReader.ts';
import { openDatabase } from './openDatabase.ts';

const counted = (db: Database.Database) =>
  db.prepare('SELECT status, job_type, n FROM job_counts WHERE n > 0 ORDER BY status, job_type').all();
const grouped = (db: Database.Database) =>
  db
    .prepare(
      'SELECT status, job_type, COUNT(*) AS n FROM jobs GROUP BY status, job_type ORDER BY status, job_type',
    )
    .all();

const write = fc.oneof(
  fc.record({
    kind: fc.constant('insert'),
    id: fc.nat(8),
    status: fc.constantFrom(...JOB_STATUSES),
    type: fc.constantFrom(...JOB_TYPES),
  }),
  fc.record({
    kind: fc.constant('replace'),
    id: fc.nat(8),
    status: fc.constantFrom(...JOB_STATUSES),
    type: fc.constantFrom(...JOB_TYPES),
  }),
  fc.record({
    kind: fc.constant('update'),
    id: fc.nat(8),
    status: fc.constantFrom(...JOB_STATUSES),
    type: fc.constantFrom(...JOB_TYPES),
  }),
  fc.record({ kind: fc.constant('delete'), id: fc.nat(8), status: fc.constant(''), type: fc.constant('') }),
);

describe('job counts', () => {
  it('equal the rows per status and type after any writes', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 40 }), (writes) => {
        const db = openDatabase(':memory:');
        for (const { kind, id, status, type } of writes) {
          const values = { id: `job-${id}`, status, type, at: '2026-02-01T10:00:00+00:00' };
          if (kind === 'delete') db.prepare('DELETE FROM jobs WHERE id = @id').run(values);
          else if (kind === 'update')
            db.prepare('UPDATE jobs SET status = @status, job_type = @type WHERE id = @id').run(values);
          else
            db.prepare(
              `INSERT ${kind === 'replace' ? 'OR REPLACE' : 'OR IGNORE'} INTO jobs (id, file_path, job_type, status, created_at)
               VALUES (@id, '/x', @type, @status, @at)`,
            ).run(values);
        }
        expect(counted(db)).toEqual(grouped(db));
        const reader = new JobReader(db);
        for (const status of [null, 'queued'] as const) {
          for (const jobType of [null, 'scan'] as const) {
            const expected = db
              .prepare(
                'SELECT COUNT(*) FROM jobs WHERE (@status IS NULL OR status = @status) AND (@jobType IS NULL OR job_type = @jobType)',
              )
              .pluck()
              .get({ status, jobType });
            expect(reader.listPage(listFilter({ status, jobType })).total).toBe(expected);
          }
        }
        db.close();
      }),
      { numRuns: 200 },
    );
  });
});
