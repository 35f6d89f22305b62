import type { PollingConfig } from '@vpo-live/poller';
import { afterEach, beforeEach, vi } from 'vitest';

/** A job as these tests poll it. */
export interface Job {
  id: string;
  status: string;
}

export const config: PollingConfig = { interval: 5_000, enabled: true };

/** Lets settled fetches reach the poller without moving the (fake) clock. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

/** Fake timers around every test of the file. */
export function useFakeTimers(): void {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
}
