import type { Command } from 'commander';
import {
  JOB_LIST_LIMITS,
  JOB_STATUSES,
  JOB_TYPES,
  SINCE_VALUES,
  SORT_FIELDS,
  SORT_ORDERS,
  readJobListParams,
  sinceCutoff,
  toJobListItem,
} from '@vpo-live/vpo-api';
import { jobListFilterOf } from '../../db/jobListSql.ts';
import { JobReader } from '../../db/jobReader.ts';
import { toJobSeed } from '../../db/toJobSeed.ts';
import { usageError } from '../cliError.ts';
import type { CliIo } from '../cliIo.ts';
import { formatJobTable } from '../format/formatJobTable.ts';
import { integerIn } from '../parseNumbers.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

interface ListFlags extends StoreFlags {
  readonly status?: string;
  readonly type?: string;
  readonly since?: string;
  readonly search?: string;
  readonly sort?: string;
  readonly order?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly json?: boolean;
}

/** The flags that are `GET /api/jobs` parameters, under the API's names. */
const QUERY_FLAGS = ['status', 'type', 'since', 'search', 'sort', 'order', 'limit', 'offset'] as const;

/**
 * `vpo-live jobs list`: the API's job list, read straight from the database. The flags go through the
 * contract's `readJobListParams` — the same reader as `GET /api/jobs` — so filters, defaults and messages
 * are the API's.
 */
export function addJobsListCommand(jobs: Command, io: CliIo): void {
  const { minLimit, maxLimit, defaultLimit } = JOB_LIST_LIMITS;
  const command = jobs
    .command('list')
    .description('list jobs, newest first (a table; --json for the API’s JSON)')
    .option('--status <status>', `only this status: ${JOB_STATUSES.join(', ')}`)
    .option('--type <type>', `only this type: ${JOB_TYPES.join(', ')}`)
    .option('--since <age>', `only jobs created in the last ${SINCE_VALUES.join(', ')}`)
    .option('--search <text>', 'only jobs whose file path contains this text (any case)')
    .option('--sort <field>', `sort by ${SORT_FIELDS.join(', ')} (default created_at)`)
    .option('--order <order>', 'asc or desc (default desc)')
    .option(
      '--limit <n>',
      `jobs per page, ${minLimit}–${maxLimit} (default ${defaultLimit})`,
      integerIn(minLimit, maxLimit),
    )
    .option('--offset <n>', 'jobs to skip (the next page)', integerIn(0, Number.MAX_SAFE_INTEGER))
    .option('--json', 'print the API’s JSON ({ jobs, total, limit, offset })');
  addStoreOptions(command).action((flags: ListFlags) => {
    const query = new URLSearchParams();
    for (const name of QUERY_FLAGS) {
      const value = flags[name];
      if (value !== undefined) query.set(name, String(value));
    }
    const parsed = readJobListParams(query);
    // The API's words, and on a command line also what would have been accepted.
    if (!parsed.ok) throw usageError(`${parsed.error.body.error}${allowedHint(flags)}`);
    // An unknown --sort or --order is ignored by the API (VPO's rule); a command line should say so.
    if (flags.sort !== undefined && parsed.params.sort !== flags.sort)
      throw usageError(`Invalid sort value: '${flags.sort}'${allowedHint(flags)}`);
    if (flags.order !== undefined && parsed.params.order !== flags.order.toLowerCase())
      throw usageError(`Invalid order value: '${flags.order}'${allowedHint(flags)}`);
    const params = parsed.params;
    const { db } = openStore(flags, io);
    try {
      const reader = new JobReader(db);
      const page = reader.snapshot(() => {
        const cutoff = params.since === null ? null : sinceCutoff(params.since, Date.now());
        return reader.listPage(jobListFilterOf(params, cutoff));
      });
      const items = page.rows.map((row) => toJobListItem(toJobSeed(row)));
      if (flags.json) {
        const body = { jobs: items, total: page.total, limit: params.limit, offset: params.offset };
        io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return;
      }
      if (items.length === 0) {
        io.stdout.write(
          page.total === 0 ? 'No jobs.\n' : `No jobs past offset ${params.offset} (${page.total} in all).\n`,
        );
        return;
      }
      const width = (io.stdout as { columns?: number }).columns;
      io.stdout.write(`${formatJobTable(items, { width })}\n`);
      const last = params.offset + items.length;
      const more = last < page.total ? `; --offset ${last} for more` : '';
      io.stdout.write(`${params.offset + 1}–${last} of ${page.total} jobs${more}\n`);
    } finally {
      db.close();
    }
  });
}

/** The values each choice flag takes, for the message that refuses one. */
const CHOICES = {
  status: JOB_STATUSES,
  type: JOB_TYPES,
  since: SINCE_VALUES,
  sort: SORT_FIELDS,
  order: SORT_ORDERS,
} as const satisfies Partial<Record<keyof ListFlags, readonly string[]>>;

/** " (one of: a, b, c)" for the first choice flag whose value is not one of its choices; '' when none. */
function allowedHint(flags: ListFlags): string {
  for (const [name, values] of Object.entries(CHOICES)) {
    const value = flags[name as keyof typeof CHOICES];
    const given = name === 'order' ? value?.toLowerCase() : value;
    if (given !== undefined && !(values as readonly string[]).includes(given))
      return ` (one of: ${values.join(', ')})`;
  }
  return '';
}
