import { VirtualTimeScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { schedulerClock } from './schedulerClock.ts';

describe('schedulerClock', () => {
  it('fires timeouts at the scheduler time', () => {
    const scheduler = new TestScheduler((a, b) => expect(a).toEqual(b));
    scheduler.run(({ flush }) => {
      const clock = schedulerClock(scheduler);
      const fired: number[] = [];
      clock.setTimeout(() => fired.push(scheduler.now()), 300);
      clock.setTimeout(() => fired.push(scheduler.now()), 100);
      flush();
      expect(fired).toEqual([100, 300]);
    });
  });

  it('cancels a timeout', () => {
    const scheduler = new VirtualTimeScheduler();
    const clock = schedulerClock(scheduler);
    let fired = false;
    const handle: unknown = clock.setTimeout(() => (fired = true), 50);
    clock.clearTimeout(handle);
    scheduler.flush();
    expect(fired).toBe(false);
  });

  it('clamps delays a browser timer cannot hold', () => {
    const scheduler = new VirtualTimeScheduler();
    const clock = schedulerClock(scheduler);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(scheduler.now()), 2 ** 40);
    clock.setTimeout(() => fired.push(scheduler.now()), -5);
    scheduler.flush();
    expect(fired).toEqual([0, 2 ** 31 - 1]);
  });
});
