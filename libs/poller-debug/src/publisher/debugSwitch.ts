import { defaultChannelFactory } from '../protocol/inspectionMessage.ts';

/** `?debug=poller` turns poller debugging on for one page load. */
export const DEBUG_QUERY_PARAM = 'debug';
/** `localStorage['vpo-live:debug'] = 'poller'` turns it on for the origin until removed. */
export const DEBUG_STORAGE_KEY = 'vpo-live:debug';
/** The value (in either place; a comma-separated list may name other topics too). */
export const DEBUG_TOPIC = 'poller';

/** Where the debug switch is read from (defaults: the page's location and localStorage). */
export interface DebugSwitchSource {
  location?: { readonly search: string } | null;
  storage?: { getItem(key: string): string | null } | null;
}

const names = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

function defaultStorage(): DebugSwitchSource['storage'] {
  try {
    return (globalThis as { localStorage?: DebugSwitchSource['storage'] }).localStorage ?? null;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked (sandboxed frames, some privacy modes).
    return null;
  }
}

/**
 * Whether poller debugging is on: `?debug=poller` in the page URL, or `localStorage['vpo-live:debug']`
 * set to `poller`. Never throws (blocked storage counts as off).
 */
export function isPollerDebugEnabled(source: DebugSwitchSource = {}): boolean {
  const location =
    source.location !== undefined
      ? source.location
      : ((globalThis as { location?: { search: string } }).location ?? null);
  const storage = source.storage !== undefined ? source.storage : defaultStorage();
  if (location) {
    const params = new URLSearchParams(location.search);
    if (params.getAll(DEBUG_QUERY_PARAM).some((value) => names(value).includes(DEBUG_TOPIC))) return true;
  }
  try {
    return names(storage?.getItem(DEBUG_STORAGE_KEY)).includes(DEBUG_TOPIC);
  } catch {
    return false;
  }
}

/** Whether a page should publish inspection: debugging is on and a channel can be opened (given or the browser's). */
export function wantsInspection(source: DebugSwitchSource & { createChannel?: unknown } = {}): boolean {
  return isPollerDebugEnabled(source) && (Boolean(source.createChannel) || defaultChannelFactory() !== null);
}
