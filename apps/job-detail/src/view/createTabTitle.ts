import { createEffect, createMemo, onCleanup, type Accessor } from 'solid-js';

/**
 * Keeps `doc.title` at `title()` while it is not null, writing only when the text changed (a poll that moves
 * nothing writes nothing), and puts the page's own title back when the owner is disposed.
 *
 * @example createTabTitle(() => (job.data() ? jobTitle(job.data()!) : null));
 */
export function createTabTitle(title: Accessor<string | null>, doc: Document = document): void {
  const original = doc.title;
  const text = createMemo(title);
  createEffect(() => {
    const next = text();
    if (next !== null && doc.title !== next) doc.title = next;
  });
  onCleanup(() => {
    doc.title = original;
  });
}
