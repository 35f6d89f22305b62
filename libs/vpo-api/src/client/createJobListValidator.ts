import * as v from 'valibot';
import {
  JobListItemSchema,
  JobListResponseSchema,
  type JobListItem,
  type JobListResponse,
} from '../schemas.ts';
import type { BodyValidator } from './requestJson.ts';

/** Everything of a job list but its rows, checked by the contract's own schema. */
const EnvelopeSchema = v.omit(JobListResponseSchema, ['jobs']);

type Row = Record<string, unknown>;

/** How far past the expected position a row of the last list is looked for. */
const LOOK_AHEAD = 3;

const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The same keys with the same values: `Object.is` per key, so only primitive values ever match. Both rows come
 * from `JSON.parse` (plain objects, no `undefined` values), so a key one lacks reads as `undefined` and differs,
 * and equal key counts leave no key of `b` unseen.
 */
function sameRow(a: Row, b: Row): boolean {
  let count = 0;
  for (const key in a) {
    count += 1;
    if (!Object.is(a[key], b[key])) return false;
  }
  for (const _key in b) count -= 1;
  return count === 0;
}

/**
 * The job list's body validator for one client, as strict as `JobListResponseSchema` and cheaper on a poll:
 * it remembers the rows of the last list it accepted, and a row that is exactly the same as the one with its id
 * there (the same keys with the same primitive values — the schema checks each row on its own, so it would
 * accept it again) is not checked again: the output is the row accepted then, the very same object. Only new
 * and changed rows (and rows that moved far, as after a new sort), and the envelope, go through the schema; a
 * poll that changes 6 of 100 jobs checks 6. Anything the schema rejects is rejected, with the schema's own
 * issues (`jobs[3].status: …`).
 *
 * Rows are shared between the lists it returns, so callers must not write into them (the engine's data is
 * read-only anyway; stores and views make their own copies).
 */
export function createJobListValidator(): BodyValidator<JobListResponse> {
  /** The rows of the last accepted list, as received and as output, by position. */
  let lastRaw: Row[] = [];
  let lastRows: JobListItem[] = [];

  return (json) => {
    const envelope = v.safeParse(EnvelopeSchema, json);
    if (!envelope.success || !isObject(json) || !Array.isArray(json.jobs)) {
      return v.safeParse(JobListResponseSchema, json);
    }
    const raw = json.jobs as unknown[];
    const rows: JobListItem[] = [];
    // Where the next row is expected in the last list. Rows keep their order between polls (a new job on top,
    // the last one gone), so a row is looked for only there and just after — no map of fresh id strings to
    // hash. A row found nowhere near (a new job, a new sort) is simply checked by the schema.
    let cursor = 0;
    for (let i = 0; i < raw.length; i += 1) {
      const row = raw[i];
      let at = -1;
      if (isObject(row)) {
        for (let k = cursor; k < cursor + LOOK_AHEAD && k < lastRaw.length; k += 1) {
          if (lastRaw[k]!.id === row.id) {
            at = k;
            break;
          }
        }
      }
      if (at >= 0) cursor = at + 1;
      if (at >= 0 && sameRow(row as Row, lastRaw[at]!)) {
        rows.push(lastRows[at]!);
        continue;
      }
      const checked = v.safeParse(JobListItemSchema, row);
      // Rejected: the whole body through the schema, for its issues with their paths (`jobs[3].status`).
      if (!checked.success) return v.safeParse(JobListResponseSchema, json);
      rows.push(checked.output);
    }
    lastRaw = raw as Row[];
    lastRows = rows;
    return { success: true, output: { ...envelope.output, jobs: rows } };
  };
}
