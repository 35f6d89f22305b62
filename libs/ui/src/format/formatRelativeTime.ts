/**
 * A compact "how long ago" text: `just now`, `42 s ago`, `3 min ago`, `5 h ago`, `2 d ago`. Times in the
 * future (clock skew between server and browser) read as `just now` rather than a negative age.
 *
 * @example formatRelativeTime(now - 180_000, now) // '3 min ago'
 */
export function formatRelativeTime(timestamp: number, now: number): string {
  const seconds = Math.floor((now - timestamp) / 1000);
  if (!Number.isFinite(seconds) || seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}
