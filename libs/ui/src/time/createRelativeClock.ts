import { batch, onCleanup } from 'solid-js';
import { nextRelativeChange } from '../format/formatRelativeTime.ts';

/** Options of {@link createRelativeClock}. */
export interface RelativeClockOptions {
  /** Default `Date.now`, which fake timers control in tests. */
  clock?: () => number;
  /**
   * How far outside the viewport a time still counts as in view, so a row scrolled into view is already fresh
   * (an `IntersectionObserver` `rootMargin`; default `200px 0px`).
   */
  rootMargin?: string;
  /** Wake-ups are rounded up to this grid (default 1 s), so times due in the same second change in one frame. */
  granularityMs?: number;
}

/** A clock shared by many relative times ("3 min ago"): see {@link createRelativeClock}. */
export interface RelativeClock {
  /** The current time in epoch ms (not reactive). */
  now(): number;
  /**
   * Calls `update(now)` whenever the relative text of `timestamp` changes while `el` is in view; a time that
   * changed while out of view is updated when it comes back. Returns the function that stops watching.
   */
  watch(el: Element, timestamp: number, update: (now: number) => void): () => void;
}

interface Watched {
  timestamp: number;
  update: (now: number) => void;
  /** When its text changes next (epoch ms). */
  due: number;
  visible: boolean;
}

/**
 * One timer for every relative time on a page, which wakes only when a text changes: "3 min ago" sleeps a
 * minute, "2 d ago" a day, and a table of 100 such rows costs nothing between two changes (a 1 s ticker would
 * recompute all 100 texts every second). Only times in view are woken (an `IntersectionObserver`; without one,
 * all are); the rest catch up as they scroll into view. All updates of one wake-up run in one Solid batch, so
 * they reach the screen in one frame. Must be created inside a Solid owner; its timer and observer go with it.
 *
 * @example
 * const clock = createRelativeClock();
 * <RelativeTime value={job.created_at} clock={clock} />
 */
export function createRelativeClock(options: RelativeClockOptions = {}): RelativeClock {
  const { clock = Date.now, rootMargin = '200px 0px', granularityMs = 1000 } = options;
  const watched = new Map<Element, Watched>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;

  const fire = (entry: Watched, now: number) => {
    entry.update(now);
    entry.due = nextRelativeChange(entry.timestamp, now);
  };

  /** (Re)arms the one timer for the earliest due time among the times in view. */
  const arm = () => {
    let next = Infinity;
    for (const entry of watched.values()) if (entry.visible && entry.due < next) next = entry.due;
    const at = next === Infinity ? next : Math.ceil(next / granularityMs) * granularityMs;
    if (at === timerAt) return;
    clearTimeout(timer);
    timer = undefined;
    timerAt = at;
    if (at !== Infinity) timer = setTimeout(wake, Math.max(0, at - clock()));
  };

  const wake = () => {
    timer = undefined;
    timerAt = Infinity;
    const now = clock();
    batch(() => {
      for (const entry of watched.values()) if (entry.visible && entry.due <= now) fire(entry, now);
    });
    arm();
  };

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (records) => {
            const now = clock();
            batch(() => {
              for (const record of records) {
                const entry = watched.get(record.target);
                if (!entry) continue;
                entry.visible = record.isIntersecting;
                if (entry.visible && entry.due <= now) fire(entry, now);
              }
            });
            arm();
          },
          { rootMargin },
        )
      : null;

  onCleanup(() => {
    clearTimeout(timer);
    timer = undefined;
    observer?.disconnect();
    watched.clear();
  });

  return {
    now: clock,
    watch(el, timestamp, update) {
      const entry: Watched = {
        timestamp,
        update,
        due: nextRelativeChange(timestamp, clock()),
        visible: true,
      };
      watched.set(el, entry);
      observer?.observe(el);
      // Sooner than the armed wake-up: re-arm; otherwise the timer already covers it (no scan per new row).
      if (Math.ceil(entry.due / granularityMs) * granularityMs < timerAt) arm();
      return () => {
        if (watched.get(el) !== entry) return;
        watched.delete(el);
        observer?.unobserve(el);
      };
    },
  };
}
