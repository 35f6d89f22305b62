import { For, Show, type Accessor, type JSX } from 'solid-js';
import type { Selection } from '../actions/createSelection.ts';
import { SelectAllBox } from '../actions/SelectAllBox.tsx';
import type { RelativeClock } from '@vpo-live/ui';
import type { JobListItem, SortField, SortOrder } from '@vpo-live/vpo-api';
import { JobRow } from './JobRow.tsx';
import { rowLinkToOpen } from './rowLinkToOpen.ts';
import { SortableHeader } from './SortableHeader.tsx';

export interface JobsTableProps {
  /** The reconciled store array: the same proxy per job id across polls, so `<For>` keeps each row. */
  jobs: JobListItem[];
  sort: SortField;
  order: SortOrder;
  onSort: (field: SortField) => void;
  /** True while a slow request is in flight, or the rows are another view's (FR-015): `aria-busy` on the table. */
  busy: boolean;
  /** The page's clock for the rows' "3 min ago" texts. */
  clock: RelativeClock;
  /** The page's one-second clock, for the times of queued and running jobs. */
  now: Accessor<number>;
  detailHref: (id: string) => string;
  /** Receives the `<tbody>` (to hold the scroll position while rows move). */
  bodyRef?: (el: HTMLTableSectionElement) => void;
  /** Receives the table's box (to bring it into view on a page change). */
  wrapRef?: (el: HTMLElement) => void;
  /** When the page offers bulk actions: a checkbox column (Shift-click for ranges, one to select the page). */
  selection?: Selection | undefined;
}

/**
 * The jobs table: a real `<table>` with sortable headers and one keyed row per job; a click on a row opens the
 * job (through the row's link, so the page is left the same way as from the link).
 */
export function JobsTable(props: JobsTableProps): JSX.Element {
  const ids = () => props.jobs.map((job) => job.id);
  const header = (field: SortField, label: string, cls: string) => (
    <SortableHeader
      field={field}
      label={label}
      sort={props.sort}
      order={props.order}
      onSort={props.onSort}
      class={cls}
    />
  );
  return (
    <div class="jobs-table-wrap" ref={(el) => props.wrapRef?.(el)}>
      <table class="jobs-table" aria-busy={props.busy ? 'true' : 'false'} aria-label="Jobs">
        <thead>
          <tr>
            <Show when={props.selection}>
              {(selection) => (
                <th scope="col" class="jobs-col--select">
                  <SelectAllBox selection={selection()} ids={ids} />
                </th>
              )}
            </Show>
            <th scope="col" class="jobs-col--id">
              ID
            </th>
            {header('job_type', 'Type', 'jobs-col--type')}
            {header('status', 'Status', 'jobs-col--status')}
            {header('file_path', 'File', 'jobs-col--path')}
            <th scope="col" class="jobs-col--progress">
              Progress
            </th>
            {header('created_at', 'Created', 'jobs-col--created')}
            <th scope="col" class="jobs-col--times">
              Waited · ran
            </th>
            {/* VPO sorts `duration` as created → completed: queue and run time together, so it says Total. */}
            {header('duration', 'Total', 'jobs-col--duration')}
          </tr>
        </thead>
        {/* One listener for every row: a click anywhere on a row that is not a control follows its link. */}
        <tbody
          ref={(el) => props.bodyRef?.(el)}
          on:click={(event: MouseEvent) => rowLinkToOpen(event)?.click()}
        >
          <For each={props.jobs}>
            {(job) => (
              <JobRow
                job={job}
                clock={props.clock}
                now={props.now}
                detailHref={props.detailHref}
                selection={props.selection}
                pageIds={ids}
              />
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
