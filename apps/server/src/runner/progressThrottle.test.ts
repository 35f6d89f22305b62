import { describe, expect, it } from 'vitest';
import { ProgressThrottle } from './progressThrottle.ts';

const at = (percent: number, processed: number | null = null, total: number | null = null) => ({
  percent,
  processed,
  total,
});

describe('ProgressThrottle', () => {
  it('writes the first reading, then at most once per interval, keeping the latest as pending', () => {
    const throttle = new ProgressThrottle(250);
    expect(throttle.offer(at(1), 0)).toEqual(at(1));
    expect(throttle.offer(at(2), 100)).toBeNull();
    expect(throttle.offer(at(3), 200)).toBeNull();
    expect(throttle.due(249)).toBeNull();
    expect(throttle.due(250)).toEqual(at(3));
    expect(throttle.due(900)).toBeNull();
  });

  it('writes at once when the total changes, so pages learn the size of the job immediately', () => {
    const throttle = new ProgressThrottle(250);
    expect(throttle.offer(at(0), 0)).toEqual(at(0));
    expect(throttle.offer(at(0, 0, 40), 10)).toEqual(at(0, 0, 40));
    expect(throttle.offer(at(5, 2, 40), 20)).toBeNull();
  });

  it('never lets percent or processed go backwards and ignores unchanged readings', () => {
    const throttle = new ProgressThrottle(100);
    throttle.offer(at(50, 5, 10), 0);
    expect(throttle.offer(at(40, 4, 10), 500)).toBeNull();
    expect(throttle.offer(at(60, null, null), 600)).toEqual(at(60, 5, 10));
  });

  it('drains whatever is pending, regardless of time', () => {
    const throttle = new ProgressThrottle(1000);
    throttle.offer(at(10), 0);
    throttle.offer(at(99), 1);
    expect(throttle.drain(2)).toEqual(at(99));
    expect(throttle.drain(3)).toBeNull();
  });

  it('bounds writes to one per interval over a long burst', () => {
    const throttle = new ProgressThrottle(250);
    let writes = 0;
    for (let t = 0; t <= 10_000; t += 7) if (throttle.offer(at(t / 100), t)) writes += 1;
    expect(writes).toBeLessThanOrEqual(10_000 / 250 + 1);
    expect(writes).toBeGreaterThanOrEqual(10_000 / 250 - 1);
  });

  it('gives back a reading whose write failed, so the next check writes it (or a newer one)', () => {
    const throttle = new ProgressThrottle(250);
    throttle.offer(at(1, 1, 10), 0);
    const failed = throttle.offer(at(2, 2, 10), 300);
    expect(failed).toEqual(at(2, 2, 10));
    throttle.rollback(failed!);
    // An unchanged reading is not "the same as written": the failed one was never written.
    expect(throttle.offer(at(2, 2, 10), 310)).toEqual(at(2, 2, 10));
    throttle.rollback(at(2, 2, 10));
    expect(throttle.offer(at(3, 3, 10), 320)).toEqual(at(3, 3, 10));
    const newer = throttle.offer(at(4, 4, 10), 330);
    expect(newer).toBeNull();
    throttle.rollback(at(3, 3, 10));
    expect(throttle.due(340)).toEqual(at(4, 4, 10));
  });
});
