import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { scheduleTask } from '../session/scheduleFrame.ts';
import type { LogView } from './createLogTail.ts';
import type { LogLines } from './logLines.ts';
import { LogMatches } from './logMatches.ts';
import { compileLogQuery, type CompiledLogQuery, type LogQuery, type LogQueryInput } from './logQuery.ts';
import { LogSearch } from './logSearch.ts';

/** Time one slice of a search may take: a frame that falls due meanwhile waits at most this long. */
const FRAME_BUDGET_MS = 8;

export interface LogSearchModel {
  readonly input: Accessor<LogQueryInput>;
  setInput(input: Partial<LogQueryInput>): void;
  readonly compiled: Accessor<CompiledLogQuery>;
  /** The query the rows mark, or null. */
  readonly query: Accessor<LogQuery | null>;
  /** Matches found so far (all of them once `done`). */
  readonly count: Accessor<number>;
  readonly done: Accessor<boolean>;
  /** Index of the current match ("n of m" is `current + 1` of `count`), -1 for none. */
  readonly current: Accessor<number>;
  /** The current match as a line (0-based) and which match of that line it is; null for none. */
  readonly currentMatch: Accessor<{ line: number; ordinal: number } | null>;
  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  move(step: 1 | -1): void;
  readonly matches: Accessor<LogMatches>;
}

export interface LogSearchOptions {
  view: Accessor<LogView | undefined>;
  /** Called with the line (0-based) of the current match whenever the operator or a new search moves it. */
  onCurrent: (line: number) => void;
}

const EMPTY = new LogMatches();

/**
 * The log's search, owned by a Solid root: compiles what the operator typed, searches every held line in
 * short tasks (see `LogSearch`; frames are drawn between them), keeps searching the lines that arrive, and keeps "n of m".
 * The first match found becomes the current one; a later change of the log never moves it.
 */
export function createLogSearch(options: LogSearchOptions): LogSearchModel {
  const [input, setInputSignal] = createSignal<LogQueryInput>({
    text: '',
    caseSensitive: false,
    regex: false,
  });
  const compiled = createMemo(() => compileLogQuery(input()));
  const query = createMemo(() => {
    const c = compiled();
    return c.kind === 'ready' ? c.query : null;
  });
  const [count, setCount] = createSignal(0);
  const [done, setDone] = createSignal(true);
  const [current, setCurrent] = createSignal(-1);
  // Matches change in place; the accessor is re-set (equals: false) whenever they did.
  const [matches, setMatches] = createSignal<LogMatches>(EMPTY, { equals: false });
  let search: LogSearch | null = null;
  let lines: LogLines | null = null;
  let pending = false;
  let disposed = false;
  onCleanup(() => (disposed = true));

  const pump = () => {
    pending = false;
    if (disposed || search === null) return;
    const deadline = performance.now() + FRAME_BUDGET_MS;
    const finished = search.step(() => performance.now() > deadline);
    const found = search.matches;
    setMatches(found);
    setCount(found.length);
    setDone(finished);
    if (current() < 0 && found.length > 0) {
      setCurrent(0);
      options.onCurrent(found.lineOf(0));
    } else if (current() >= found.length) {
      setCurrent(found.length - 1);
    }
    if (!finished) schedule();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    scheduleTask(pump);
  };

  createEffect(
    on(options.view, (view) => {
      const held = view?.lines ?? null;
      if (held !== lines) {
        lines = held;
        search = held ? new LogSearch(held) : null;
        search?.setQuery(query());
      }
      // New lines (or a reloaded log) are searched in the next task.
      if (search !== null && query() !== null) schedule();
    }),
  );
  createEffect(
    on(query, (q) => {
      setCurrent(-1);
      setCount(0);
      setMatches(EMPTY);
      search?.setQuery(q);
      setDone(q === null);
      if (q !== null) schedule();
    }),
  );

  const currentMatch = createMemo(() => {
    const found = matches();
    const index = current();
    if (index < 0 || index >= found.length) return null;
    const line = found.lineOf(index);
    return { line, ordinal: index - found.firstAtOrAfter(line) };
  });

  return {
    input,
    setInput: (next) => setInputSignal((previous) => ({ ...previous, ...next })),
    compiled,
    query,
    count,
    done,
    current,
    currentMatch,
    matches,
    move(step) {
      const total = count();
      if (total === 0) return;
      const next = (current() + step + total) % total;
      setCurrent(next);
      options.onCurrent(matches().lineOf(next));
    },
  };
}
