/** Retry-After when a 429 carries none: VPO's rate-limit window is 60 s, so waiting one window always helps. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;
/** A server asking for more than an hour is treated as asking for an hour. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

const SECONDS = /^\d+(?:\.\d+)?$/;
// IMF-fixdate, RFC 850 and asctime all name a weekday and carry a clock time.
const HTTP_DATE = /^[A-Za-z]{3}.*\d{1,2}:\d{2}:\d{2}/;

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`, measured from `now`). Missing or unreadable → `fallbackMs`; a date in
 * the past → 0; never more than `maxMs`.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number,
  fallbackMs = DEFAULT_RETRY_AFTER_MS,
  maxMs = MAX_RETRY_AFTER_MS,
): number {
  const text = value?.trim() ?? '';
  let delay = fallbackMs;
  if (SECONDS.test(text)) {
    delay = Math.ceil(Number(text) * 1000);
  } else if (HTTP_DATE.test(text)) {
    // asctime dates carry no zone but are GMT by definition; Date.parse would read them as local time.
    const at = Date.parse(/GMT|UTC|[+-]\d{4}$/.test(text) ? text : `${text} GMT`);
    if (!Number.isNaN(at)) delay = Math.max(0, at - now);
  }
  return Math.min(delay, maxMs);
}
