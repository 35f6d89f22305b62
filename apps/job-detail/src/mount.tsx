import type { DebugSwitchSource, InspectionPublisherOptions } from '@vpo-live/poller-debug';
// Its own entry: the page's bundle then carries only the switch, and imports the publisher when debugging is on.
import { loadDebugInspector } from '@vpo-live/poller-debug/load';
import { readHostPage, type HostProps } from '@vpo-live/ui';
import { render } from 'solid-js/web';
import { mountStylesheet } from './mountStylesheet.ts';
import { JobDetail } from './view/JobDetail.tsx';

/**
 * What a host passes to {@link mount}: the props both remotes take (`HostProps`: API base, polling settings,
 * Jobs path, stylesheet, tab sharing, actions), plus the job. Everything is optional.
 */
export interface JobDetailMountProps extends HostProps {
  /** The job to show; defaults to the element's `data-job-id`. */
  jobId?: string;
  /** Where the debug switch is read and inspection is published (tests); defaults to the page. */
  debug?: InspectionPublisherOptions & DebugSwitchSource;
}

/**
 * Mounts the live Job detail page into `el` (replacing what the server rendered there) and returns the function
 * that unmounts it, which stops every poller, timer and listener.
 *
 * @example
 * const unmount = mount(document.getElementById('job-detail-root')!, { apiBase: '/api' });
 */
export function mount(el: HTMLElement, props: JobDetailMountProps = {}): () => void {
  const doc = el.ownerDocument;
  if (props.stylesheet !== false) mountStylesheet(doc);
  const host = readHostPage(doc, props, 'job-detail');
  const jobId = (props.jobId ?? el.dataset.jobId ?? '').trim();
  // The host may have rendered a server-side version of the page into the element; the live one replaces it.
  el.replaceChildren();
  // Only with `?debug=poller` (or localStorage `vpo-live:debug`); otherwise undefined and free.
  const debug = loadDebugInspector(props.debug);
  const dispose = render(
    () => (
      <JobDetail
        jobId={jobId}
        api={host.api}
        settings={host.settings}
        env={props.env}
        connection={host.connection}
        share={host.share}
        hostIndicator={host.hostIndicator}
        inspect={debug?.inspect}
        jobsPath={host.jobsPath}
        actions={host.actions}
      />
    ),
    el,
  );
  return () => {
    dispose();
    // After the pollers, so their final `dispose` inspection messages are still published.
    debug?.dispose();
  };
}
