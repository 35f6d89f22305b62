import { createEffect, createMemo, onCleanup, type Accessor } from 'solid-js';

/** The tab title for `running` jobs on top of the page's own title: `(3 running) Jobs - VPO`. */
export function runningTitle(base: string, running: number): string {
  return running > 0 ? `(${running} running) ${base}` : base;
}

/**
 * Puts the number of running jobs in the tab's title, so a background tab tells whether work is still going
 * on. The title is written only when the number changes (a poll that changes nothing writes nothing), and
 * the page's own title comes back when the dashboard goes. Must be called inside a Solid owner.
 */
export function createRunningTitle(running: Accessor<number>, doc: Document = document): void {
  const base = doc.title;
  const title = createMemo(() => runningTitle(base, running()));
  createEffect(() => {
    const next = title();
    if (doc.title !== next) doc.title = next;
  });
  onCleanup(() => {
    if (doc.title !== base) doc.title = base;
  });
}
