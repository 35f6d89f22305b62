import { revealBidiControls, statusLabel } from '@vpo-live/ui';
import { isTerminalStatus, type JobDetail } from '@vpo-live/vpo-api';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { NotificationPort } from './notificationPort.ts';

export interface FinishNotifierOptions {
  job: Accessor<JobDetail | undefined>;
  /** The operator asked for notifications and the browser allows them. */
  armed: Accessor<boolean>;
  port: NotificationPort;
  /** Asks the server for the job once (the job poller's refresh), for the checks while the tab is hidden. */
  check: () => void;
  /**
   * How often to check while the tab is hidden: the pollers pause then, and without a check the page would
   * never learn that the job ended.
   */
  hiddenCheckMs: number;
  doc?: Document;
}

const NOTIFIED: ReadonlySet<string> = new Set(['completed', 'failed']);
const cut = (text: string, limit: number) => {
  const chars = [...text];
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text;
};

/**
 * A desktop notification when the watched job completes or fails while the tab is hidden (a visible tab shows
 * it already), if armed. While armed and hidden, the job is checked every `hiddenCheckMs` — slowed polling
 * instead of none, only for an operator who asked to be told. Text only, bidi controls spelled out.
 *
 * @example createFinishNotifier({ job: job.data, armed: choice.armed, port, check: () => session.job.refresh(), hiddenCheckMs: 15_000 });
 */
export function createFinishNotifier(options: FinishNotifierOptions): void {
  const doc = options.doc ?? document;
  const [hidden, setHidden] = createSignal(doc.visibilityState === 'hidden');
  const onVisibility = () => setHidden(doc.visibilityState === 'hidden');
  doc.addEventListener('visibilitychange', onVisibility);
  onCleanup(() => doc.removeEventListener('visibilitychange', onVisibility));

  const status = () => options.job()?.status;
  createEffect(
    on(status, (current, previous) => {
      if (current === undefined || previous === undefined || current === previous) return;
      if (!NOTIFIED.has(current) || isTerminalStatus(previous)) return;
      if (!options.armed() || doc.visibilityState !== 'hidden') return;
      const job = options.job();
      if (!job || options.port.permission() !== 'granted') return;
      const title = revealBidiControls(
        cut(`Job ${statusLabel(current).toLowerCase()} · ${job.job_type} ${job.id_short}`, 80),
      );
      const detail = current === 'failed' && job.error_message ? job.error_message : (job.file_path ?? '');
      options.port.show(title, { body: revealBidiControls(cut(detail, 200)), tag: `vpo-live:job:${job.id}` });
    }),
  );

  createEffect(() => {
    const current = status();
    if (!options.armed() || !hidden() || current === undefined || isTerminalStatus(current)) return;
    const id = setInterval(() => options.check(), options.hiddenCheckMs);
    onCleanup(() => clearInterval(id));
  });
}
