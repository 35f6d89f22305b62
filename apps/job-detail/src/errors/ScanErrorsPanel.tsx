import { SafeText } from '@vpo-live/ui';
import type { JobErrorsResponse } from '@vpo-live/vpo-api';
import { For, Show, createMemo, createSignal, type Accessor, type JSX } from 'solid-js';
import { errorPage } from './errorPage.ts';

export interface ScanErrorsPanelProps {
  /** The job's scan errors as last read (`GET /api/jobs/{id}/errors`); undefined until read. */
  errors: Accessor<JobErrorsResponse | undefined>;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * The files a scan failed on: path and message, a page at a time, updated live while the job runs (the page
 * shown stays put as errors arrive). Shown only when there is at least one. Paths and messages are server
 * strings: drawn as text through SafeText.
 *
 * @example <ScanErrorsPanel errors={errors.data} />
 */
export function ScanErrorsPanel(props: ScanErrorsPanelProps): JSX.Element {
  const [page, setPage] = createSignal(0);
  const list = () => props.errors()?.errors ?? [];
  const at = createMemo(() => errorPage(list().length, page()));
  const total = () => Math.max(props.errors()?.total_errors ?? 0, list().length);
  return (
    <Show when={list().length > 0}>
      <section class="job-errors" aria-labelledby="job-errors-title">
        <div class="job-errors__header">
          <h3 id="job-errors-title">Scan errors</h3>
          <span class="job-errors__count" data-testid="scan-error-count">
            {n(total())} {total() === 1 ? 'file' : 'files'} failed
          </span>
        </div>
        <Show when={total() > list().length}>
          <p class="job-errors__note">The server lists the first {n(list().length)}.</p>
        </Show>
        <ul class="job-errors__list">
          <For each={list().slice(at().start, at().end)}>
            {(error) => (
              <li class="job-errors__item">
                <span class="job-errors__path">
                  <SafeText text={error.path} />
                </span>
                <span class="job-errors__message">
                  <SafeText text={error.error} />
                </span>
              </li>
            )}
          </For>
        </ul>
        <Show when={at().pages > 1}>
          <nav class="job-errors__pager" aria-label="Scan error pages">
            <button
              type="button"
              class="vpo-button"
              disabled={at().page === 0}
              onClick={() => setPage(at().page - 1)}
            >
              Previous
            </button>
            <span aria-live="polite">
              {n(at().start + 1)}–{n(at().end)} of {n(list().length)}
            </span>
            <button
              type="button"
              class="vpo-button"
              disabled={at().page >= at().pages - 1}
              onClick={() => setPage(at().page + 1)}
            >
              Next
            </button>
          </nav>
        </Show>
      </section>
    </Show>
  );
}
