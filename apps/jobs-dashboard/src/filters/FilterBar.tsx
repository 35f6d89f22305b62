import { For, Show, type JSX } from 'solid-js';
import {
  JOB_STATUSES,
  JOB_TYPES,
  SINCE_VALUES,
  isJobStatus,
  isJobType,
  isSinceValue,
} from '@vpo-live/vpo-api';
import { jobTypeLabel, statusLabel } from '@vpo-live/ui';
import { hasFilters, type DashboardQuery } from '../query/dashboardQuery.ts';
import { SearchField } from './SearchField.tsx';

const SINCE_LABELS: Record<(typeof SINCE_VALUES)[number], string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

export interface FilterBarProps {
  query: DashboardQuery;
  /** Applies a filter change; the caller resets the page to the first one. */
  onChange: (patch: Partial<Pick<DashboardQuery, 'status' | 'type' | 'since' | 'search'>>) => void;
  onClear: () => void;
}

interface SelectProps {
  id: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

function FilterSelect(props: SelectProps): JSX.Element {
  return (
    <div class="jobs-filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="" selected={props.value === undefined}>
          {props.allLabel}
        </option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/** Status, type, time-range and search filters, all bound to the URL query. */
export function FilterBar(props: FilterBarProps): JSX.Element {
  return (
    <form
      class="jobs-filters"
      role="search"
      aria-label="Filter jobs"
      onSubmit={(event) => event.preventDefault()}
    >
      <FilterSelect
        id="jobs-filter-status"
        label="Status"
        value={props.query.status}
        allLabel="All statuses"
        options={JOB_STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
        onChange={(value) => props.onChange({ status: isJobStatus(value) ? value : undefined })}
      />
      <FilterSelect
        id="jobs-filter-type"
        label="Type"
        value={props.query.type}
        allLabel="All types"
        options={JOB_TYPES.map((value) => ({ value, label: jobTypeLabel(value) }))}
        onChange={(value) => props.onChange({ type: isJobType(value) ? value : undefined })}
      />
      <FilterSelect
        id="jobs-filter-since"
        label="Created"
        value={props.query.since}
        allLabel="Any time"
        options={SINCE_VALUES.map((value) => ({ value, label: SINCE_LABELS[value] }))}
        onChange={(value) => props.onChange({ since: isSinceValue(value) ? value : undefined })}
      />
      <SearchField
        value={props.query.search ?? ''}
        onCommit={(search) => props.onChange({ search: search || undefined })}
      />
      <Show when={hasFilters(props.query)}>
        <button type="button" class="vpo-button jobs-filters__clear" onClick={() => props.onClear()}>
          Clear filters
        </button>
      </Show>
    </form>
  );
}
