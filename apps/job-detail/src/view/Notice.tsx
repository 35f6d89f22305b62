import { Show, type JSX } from 'solid-js';

export interface NoticeProps {
  title: string;
  children?: JSX.Element;
  /** Where "Back to jobs" goes; no link when omitted. */
  backHref?: string;
}

/**
 * A whole-page message in place of the job: gone, or a malformed id.
 *
 * @example <Notice title="This job no longer exists" backHref="/jobs" />
 */
export function Notice(props: NoticeProps): JSX.Element {
  return (
    <section class="job-detail__notice" role="alert">
      <h2>{props.title}</h2>
      {props.children}
      <Show when={props.backHref}>
        {(href) => (
          <p>
            <a href={href()}>Back to jobs</a>
          </p>
        )}
      </Show>
    </section>
  );
}
