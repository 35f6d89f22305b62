const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A compact "how long ago" text: `just now`, `42 s ago`, `3 min ago`, `5 h ago`, `2 d ago`. Times in the
 * future (clock skew between server and browser) read as `just now` rather than a negative age.
 *
 * @example formatRelativeTime(now - 180_000, now) // '3 min ago'
 */
export function formatRelativeTime(timestamp: number, now: number): string {
  const seconds = Math.floor((now - timestamp) / SECOND);
  if (!Number.isFinite(seconds) || seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/**
 * When {@link formatRelativeTime}'s text for `timestamp` next changes after `now` (epoch ms): at 5 s of age,
 * then every second, every minute from 1 min, every hour from 1 h, every day from 1 d. A clock that wakes a
 * relative time only then writes nothing in between ("3 min ago" sleeps a minute). `Infinity` for an
 * unreadable time.
 *
 * @example nextRelativeChange(t, t + 185_000) // t + 240_000, when "3 min ago" becomes "4 min ago"
 */
export function nextRelativeChange(timestamp: number, now: number): number {
  const age = now - timestamp;
  if (!Number.isFinite(age)) return Infinity;
  // A future time reads "just now" until it is 5 s old.
  if (age < 5 * SECOND) return timestamp + 5 * SECOND;
  const step = age < MINUTE ? SECOND : age < HOUR ? MINUTE : age < DAY ? HOUR : DAY;
  return timestamp + (Math.floor(age / step) + 1) * step;
}
