import { createMemo, type JSX } from 'solid-js';
import { CutText, SafeText, cutText } from '@vpo-live/ui';

/** Splits a path after its last separator (`/` or `\`): the folders, and the file name. */
export function splitPath(path: string): { dir: string; name: string } {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { dir: path.slice(0, at + 1), name: path.slice(at + 1) };
}

export interface PathTextProps {
  path: string;
}

/**
 * A file path in a cell narrower than it: the folders give way first (ellipsised at their end) and the file
 * name stays in view. A path too long for any cell is cut in the middle by CutText, with "Show all".
 */
export function PathText(props: PathTextProps): JSX.Element {
  const parts = createMemo(() => (cutText(props.path, 'middle') ? null : splitPath(props.path)));
  // Conditions rather than `<Show>`s: every new row draws a path, and each `<Show>` is three memos.
  return (
    <>
      {parts() ? (
        <span class="jobs-path">
          {parts()?.dir ? (
            <span class="jobs-path__dir">
              <SafeText text={parts()?.dir ?? ''} />
            </span>
          ) : null}
          <span class="jobs-path__name">
            <SafeText text={parts()?.name ?? ''} />
          </span>
        </span>
      ) : (
        <CutText text={props.path} mode="middle" label="file path" />
      )}
    </>
  );
}
