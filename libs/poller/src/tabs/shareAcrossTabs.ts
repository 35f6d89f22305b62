import { resolvePollerEnv } from '../resolvePollerEnv.ts';
import type { PollerEnv } from '../types.ts';
import { createTabShare, type TabShare } from './createTabShare.ts';

/** What {@link shareAcrossTabs} needs. */
export interface ShareAcrossTabsOptions {
  /** What is shared; name the server in it (`${absoluteApiBase}|job:${id}`): two servers never share. */
  resource: string;
  /** The poller's interval: a follower waits this plus a second for the leader before asking the server. */
  interval: number;
  env?: PollerEnv;
}

/**
 * A share of `resource` with the other tabs of this browser profile, or `undefined` where the browser has no
 * Web Locks or BroadcastChannel (each tab then polls on its own, as it always could).
 *
 * @example
 * const tabs = shareAcrossTabs({ resource: `${apiBase}|job:${id}`, interval });
 * createPoller({ fetch: tabs ? tabs.wrap(getJob) : getJob, config, tabs });
 */
export function shareAcrossTabs(options: ShareAcrossTabsOptions): TabShare | undefined {
  const env = resolvePollerEnv(options.env);
  if (!env.locks || !env.channel) return undefined;
  return createTabShare({
    resource: options.resource,
    patienceMs: options.interval + 1000,
    locks: env.locks,
    channel: env.channel,
    scheduler: env.scheduler,
  });
}

/** Makes the tab share of each of a page's pollers: `share('job:<id>', interval)`. */
export type TabShareFactory = (name: string, interval: number) => TabShare | undefined;

/**
 * The tab shares of one page's pollers of one server (`scope`, e.g. the absolute API base): each poller's
 * resource is the scope and its name, so pollers of two servers never share.
 *
 * @example
 * const share = tabShareFactory(new URL(apiBase, document.baseURI).href);
 * const tabs = share(`job:${id}`, settings.interval);
 */
export function tabShareFactory(scope: string, env?: PollerEnv): TabShareFactory {
  return (name, interval) => shareAcrossTabs({ resource: `${scope}|${name}`, interval, env });
}
