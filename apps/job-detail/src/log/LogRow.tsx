import { Index, createMemo, type JSX } from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import type { AnsiStyle } from './ansiText.ts';
import type { LogQuery } from './logQuery.ts';
import { rowPieces } from './rowPieces.ts';

export interface LogRowProps {
  /** 0-based line index. */
  index: number;
  text: string;
  query: LogQuery | null;
  /** Which match of this row is the current one (-1: none). */
  currentOrdinal: number;
  hideStamp: boolean;
  selected: boolean;
  /** Pixels, while lines wrap (a wrapped line takes several rows); otherwise the stylesheet's row height. */
  height?: number;
  onNumberClick: (line: number, extend: boolean) => void;
}

const pieceStyle = (style: AnsiStyle | null): JSX.CSSProperties | undefined =>
  style === null
    ? undefined
    : {
        color: style.fg ?? undefined,
        'background-color': style.bg ?? undefined,
        'font-weight': style.bold ? '700' : undefined,
        'font-style': style.italic ? 'italic' : undefined,
        'text-decoration': style.underline ? 'underline' : undefined,
      };

/**
 * One line of the log: its number (a link to `#L<n>`: click selects it, Shift+click a range) and its text in
 * pieces (see `rowPieces`) — colours as styles set through the CSSOM, every piece a text node through
 * SafeText, never HTML. Errors and warnings carry a mark a screen reader reads too.
 */
export function LogRow(props: LogRowProps): JSX.Element {
  const line = () => props.index + 1;
  const model = createMemo(() =>
    rowPieces(props.text, {
      query: props.query,
      currentOrdinal: props.currentOrdinal,
      hideStamp: props.hideStamp,
    }),
  );
  return (
    <div
      class="job-log__row"
      classList={{
        'job-log__row--error': model().level === 'error',
        'job-log__row--warn': model().level === 'warn',
        'job-log__row--selected': props.selected,
      }}
      data-line={line()}
      data-level={model().level ?? undefined}
      style={props.height === undefined ? undefined : { height: `${props.height}px` }}
    >
      <a
        class="job-log__number"
        href={`#L${line()}`}
        aria-label={`Line ${line()}`}
        onClick={(event) => {
          event.preventDefault();
          props.onNumberClick(line(), event.shiftKey);
        }}
      >
        {line()}
      </a>
      <span class="job-log__text">
        <Index each={model().pieces}>
          {(piece) => (
            <span
              classList={{
                'job-log__stamp': piece().stamp,
                'job-log__match': piece().match !== null,
                'job-log__match--current': piece().match === 'current',
              }}
              style={pieceStyle(piece().style)}
            >
              <SafeText text={piece().text} />
            </span>
          )}
        </Index>
      </span>
    </div>
  );
}
