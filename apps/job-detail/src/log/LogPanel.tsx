import { isTerminalStatus } from '@vpo-live/vpo-api';
import {
  Match,
  Show,
  Switch,
  batch,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  onMount,
  untrack,
  type Accessor,
  type JSX,
} from 'solid-js';
import { createLogSearch } from './createLogSearch.ts';
import type { LogView } from './createLogTail.ts';
import { formatLineHash, parseLineHash, selectLine, type LineRange } from './lineHash.ts';
import type { LogResetReason } from './logCursor.ts';
import { ERROR_LEVEL } from './logLevel.ts';
import { createPreference } from './logPreferences.ts';
import { findFirstLine } from './logSearch.ts';
import { LogSearchBar } from './LogSearchBar.tsx';
import { downloadLog, logText } from './logText.ts';
import { LogViewport, type LogRowDecor, type ScrollTarget } from './LogViewport.tsx';

export interface LogPanelProps {
  /** The log as last read; undefined until its first page has been read. */
  view: Accessor<LogView | undefined>;
  /** The job's id: the downloaded file is `<id>.log`. */
  jobId?: string;
  /** The job's status: a queued job has no log yet, and a finished one is not followed. */
  status?: string;
}

const RESET_TEXT: Record<LogResetReason, string> = {
  shrunk:
    'The log file got shorter on the server (rotated or compressed), so it was reloaded from the start.',
  rewritten: 'The log file was replaced on the server, so it was reloaded from the start.',
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Where the log starts without stamps and wrapped (phones in portrait; the page's own breakpoint is 768 px). */
export const NARROW_SCREEN = '(max-width: 600px)';
/**
 * The log section: search over every held line, line links (`#L12`, `#L10-L20`), copy and download, the
 * stamps toggle, "first error", and following as CI pages do it — on while at the bottom, off once the
 * operator scrolls up (a pill then counts the new lines and jumps back), not offered once the job is
 * finished. A queued job and a finished job without a log say so instead of showing an empty box.
 *
 * @example <LogPanel view={logView} jobId={job.id} status={job.status} />
 */
export function LogPanel(props: LogPanelProps): JSX.Element {
  const [following, setFollowing] = createSignal(true);
  const count = () => props.view()?.count ?? 0;
  const finished = () => props.status !== undefined && isTerminalStatus(props.status);
  const queued = () => props.status === 'queued' && count() === 0;
  const wroteNothing = () => finished() && props.view()?.complete === true && count() === 0;

  // Lines held when following stopped: the pill counts what arrived since.
  const [seen, setSeen] = createSignal(0);
  createEffect(on(following, (isFollowing) => !isFollowing && setSeen(untrack(count))));
  const newLines = () => (following() || finished() ? 0 : Math.max(0, count() - seen()));

  const [selection, setSelection] = createSignal<LineRange | null>(null);
  const [target, setTarget] = createSignal<ScrollTarget | null>(null);
  const goTo = (line: number) =>
    batch(() => {
      setFollowing(false);
      setTarget({ line });
    });

  const [notice, setNotice] = createSignal('');
  // A `#L…` in the URL is applied once its first line has been read.
  let pendingHash: LineRange | null = null;
  const applyHash = () => {
    if (pendingHash === null) return;
    if (count() < pendingHash.start) {
      // A finished log will not grow to that line: say so rather than wait for it.
      if (!finished() || props.view()?.complete !== true) return;
      setNotice(
        `Line ${pendingHash.start.toLocaleString('en-US')} is past the end of this log (${plural(count(), 'line', 'lines')}).`,
      );
      pendingHash = null;
      return;
    }
    const range = pendingHash;
    pendingHash = null;
    setSelection(range);
    goTo(range.start);
    // The link names a line, not a place in the log's box: the page itself scrolls to the log too (the
    // line is centred inside it), or a link opened from a chat shows the top of the page.
    viewportElement?.scrollIntoView?.({ block: 'center' });
  };
  onMount(() => {
    const fromUrl = () => {
      pendingHash = parseLineHash(window.location.hash);
      applyHash();
    };
    fromUrl();
    window.addEventListener('hashchange', fromUrl);
    onCleanup(() => window.removeEventListener('hashchange', fromUrl));
  });
  createEffect(on([count, () => props.view()?.complete, finished], applyHash));

  /** Selects lines and names them in the URL (`#L12-L15`), so the address is a link to them. */
  const select = (range: LineRange) => {
    setSelection(range);
    window.history.replaceState(window.history.state, '', formatLineHash(range));
  };
  const onNumberClick = (line: number, extend: boolean) => {
    select(selectLine(selection(), line, extend));
    setFollowing(false);
  };

  let searchInput: HTMLInputElement | undefined;
  let viewportElement: HTMLElement | undefined;
  const search = createLogSearch({ view: () => props.view(), onCurrent: (line) => goTo(line + 1) });
  // On a phone, stamps would fill most of a row and the text would run off it: there the log starts without
  // stamps and wrapped, until the operator chooses (a choice is remembered either way).
  const narrow = globalThis.matchMedia?.(NARROW_SCREEN).matches === true;
  const [stamps, setStamps] = createPreference('stamps', !narrow);
  const [wrap, setWrap] = createPreference('wrap', narrow);
  const decor = createMemo<LogRowDecor>(() => ({
    query: search.query(),
    current: search.currentMatch(),
    selection: selection(),
    hideStamp: !stamps(),
  }));

  const copy = () => {
    const lines = props.view()?.lines;
    if (!lines) return;
    const range = selection();
    const copied = range ? range.end - range.start + 1 : lines.length;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return setNotice('Copying is not available here (the page is not served securely).');
    clipboard.writeText(logText(lines, range)).then(
      () => setNotice(`Copied ${plural(copied, 'line', 'lines')}.`),
      () => setNotice('The browser did not allow copying.'),
    );
  };
  const download = () => {
    const lines = props.view()?.lines;
    if (lines) downloadLog(lines, `${props.jobId ?? 'job'}.log`);
  };
  const firstError = () => {
    const lines = props.view()?.lines;
    const line = lines ? findFirstLine(lines, ERROR_LEVEL) : -1;
    if (line < 0) return setNotice('No error lines in the log.');
    select({ start: line + 1, end: line + 1 });
    goTo(line + 1);
    setNotice(`First error: line ${(line + 1).toLocaleString('en-US')}.`);
  };

  return (
    <section class="job-log" aria-labelledby="job-log-title">
      <div class="job-log__toolbar">
        <h3 id="job-log-title">Log</h3>
        <span class="job-log__count" data-testid="log-count">
          {plural(count(), 'line', 'lines')}
        </span>
        <Show when={!queued() && !wroteNothing()}>
          <LogSearchBar
            search={search}
            inputRef={(input) => (searchInput = input)}
            onClose={() => viewportElement?.focus()}
          />
          <span class="job-log__spacer" />
          <div class="job-log__actions">
            <label class="job-log__toggle">
              <input
                type="checkbox"
                checked={stamps()}
                onChange={(event) => setStamps(event.currentTarget.checked)}
              />
              Timestamps
            </label>
            <label class="job-log__toggle">
              <input
                type="checkbox"
                checked={wrap()}
                onChange={(event) => setWrap(event.currentTarget.checked)}
              />
              Wrap lines
            </label>
            <button type="button" class="vpo-button" disabled={count() === 0} onClick={copy}>
              {selection() ? 'Copy selected lines' : 'Copy'}
            </button>
            <button type="button" class="vpo-button" disabled={count() === 0} onClick={download}>
              Download
            </button>
            <button type="button" class="vpo-button" disabled={count() === 0} onClick={firstError}>
              First error
            </button>
            <Show when={!finished()}>
              <label class="job-log__follow">
                <input
                  type="checkbox"
                  checked={following()}
                  onChange={(event) => setFollowing(event.currentTarget.checked)}
                />
                Follow
              </label>
            </Show>
            <button
              type="button"
              class="vpo-button job-log__latest"
              disabled={following()}
              onClick={() => setFollowing(true)}
            >
              Jump to latest
            </button>
          </div>
        </Show>
      </div>
      <Show when={props.view()?.reset}>
        {(reason) => <p class="job-log__note">{RESET_TEXT[reason()]}</p>}
      </Show>
      <Switch>
        <Match when={queued()}>
          <p class="job-log__empty">This job has not started yet. Its log appears here once it runs.</p>
        </Match>
        <Match when={wroteNothing()}>
          <p class="job-log__empty">This job wrote no log.</p>
        </Match>
        <Match when={true}>
          <Show when={count() === 0}>
            <p class="job-log__empty">
              {props.view() === undefined ? 'Loading the log…' : 'No log lines yet.'}
            </p>
          </Show>
          <div class="job-log__frame">
            <LogViewport
              view={props.view}
              following={following}
              onScrollUp={() => setFollowing(false)}
              onReachBottom={() => setFollowing(true)}
              decor={decor}
              target={target}
              onNumberClick={onNumberClick}
              onFindKey={() => searchInput?.focus()}
              viewportRef={(element) => (viewportElement = element)}
              wrap={wrap}
            />
            <Show when={newLines() > 0}>
              <button type="button" class="job-log__pill" onClick={() => setFollowing(true)}>
                {plural(newLines(), 'new line', 'new lines')} ↓
              </button>
            </Show>
          </div>
        </Match>
      </Switch>
      <p class="job-log__notice" aria-live="polite" data-testid="log-notice">
        {notice()}
      </p>
    </section>
  );
}
