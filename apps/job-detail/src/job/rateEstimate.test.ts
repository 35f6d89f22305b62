import { describe, expect, it } from 'vitest';
import { etaText, rateText } from './etaText.ts';
import { addSample, estimateRate, type ProgressSample } from './rateEstimate.ts';

/** Samples of a job doing `perSecond` files out of `total`, one every `gapMs`, from t = 0. */
function steady(count: number, perSecond: number, gapMs = 2000, total = 1000): readonly ProgressSample[] {
  let samples: readonly ProgressSample[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * gapMs;
    samples = addSample(samples, { at, done: Math.round((perSecond * at) / 1000), total, unit: 'files' });
  }
  return samples;
}

describe('estimateRate', () => {
  it('gives rate and time left once the samples agree', () => {
    const samples = steady(6, 10); // 0..100 files in 10 s
    const estimate = estimateRate(samples, 10_000);
    expect(estimate?.perSecond).toBeCloseTo(10);
    expect(estimate?.remainingSeconds).toBeCloseTo(90);
    expect(estimate?.unit).toBe('files');
  });

  it('counts down between samples on the page clock', () => {
    const samples = steady(6, 10);
    expect(estimateRate(samples, 13_000)?.remainingSeconds).toBeCloseTo(87);
  });

  it('says nothing from too few samples or too short a window', () => {
    expect(estimateRate(steady(3, 10), 4000)).toBeNull();
    expect(estimateRate(steady(5, 10, 1000), 4000)).toBeNull(); // 4 s of samples
    expect(estimateRate([], 0)).toBeNull();
  });

  it('says nothing while the rate changes: a job slowing down', () => {
    let samples: readonly ProgressSample[] = [];
    const points = [
      [0, 0],
      [2000, 40],
      [4000, 80],
      [6000, 90],
      [8000, 100],
    ] as const;
    for (const [at, done] of points) samples = addSample(samples, { at, done, total: 500, unit: 'files' });
    expect(estimateRate(samples, 8000)).toBeNull();
  });

  it('accepts small jitter within the tolerance', () => {
    let samples: readonly ProgressSample[] = [];
    const points = [
      [0, 0],
      [2100, 20],
      [3900, 41],
      [6050, 60],
      [8000, 79],
    ] as const;
    for (const [at, done] of points) samples = addSample(samples, { at, done, total: 500, unit: 'files' });
    expect(estimateRate(samples, 8000)?.perSecond).toBeCloseTo(9.875);
  });

  it('hides the estimate when the job stalls', () => {
    const samples = steady(6, 10);
    expect(estimateRate(samples, 24_000)).not.toBeNull();
    expect(estimateRate(samples, 26_000)).toBeNull();
  });

  it('never goes below zero when the job runs past its estimate', () => {
    const samples = steady(6, 10, 2000, 110);
    expect(estimateRate(samples, 12_000)?.remainingSeconds).toBe(0);
  });
});

describe('addSample', () => {
  it('adds nothing for a poll that moved nothing, and hands back the same array', () => {
    const samples = steady(3, 10);
    expect(addSample(samples, { ...samples[2]!, at: 9000 })).toBe(samples);
  });

  it('starts afresh when the total changes, the unit changes or progress goes back', () => {
    const samples = steady(4, 10);
    expect(addSample(samples, { at: 8000, done: 80, total: 2000, unit: 'files' })).toHaveLength(1);
    expect(addSample(samples, { at: 8000, done: 8, total: 100, unit: 'percent' })).toHaveLength(1);
    expect(addSample(samples, { at: 8000, done: 5, total: 1000, unit: 'files' })).toHaveLength(1);
  });

  it('starts afresh after a stall', () => {
    const samples = steady(6, 10);
    expect(addSample(samples, { at: 24_000, done: 120, total: 1000, unit: 'files' })).toHaveLength(7);
    expect(addSample(samples, { at: 26_000, done: 120, total: 1000, unit: 'files' })).toHaveLength(1);
  });

  it('keeps a bounded window', () => {
    expect(steady(100, 1, 2000, 10_000)).toHaveLength(24);
    // 90 s of samples every 10 s: the ones from 110 s on, and the new one.
    const late = { at: 200_000, done: 200, total: 10_000, unit: 'files' } as const;
    expect(addSample(steady(20, 1, 10_000, 10_000), late)).toHaveLength(10);
  });
});

describe('etaText', () => {
  it.each([
    [183, 42, 'about 3 min left · 42 files/s'],
    [17, 2.5, 'about 15 s left · 2.5 files/s'],
    [2, 12, 'about 5 s left · 12 files/s'],
    [95, 0.5, 'about 1 min 40 s left · 30 files/min'],
    [7300, 1000, 'about 2 h left · 1,000 files/s'],
  ])('%s s at %s files/s reads "%s"', (remainingSeconds, perSecond, text) => {
    expect(etaText({ remainingSeconds, perSecond, unit: 'files' })).toBe(text);
  });

  it('gives a percentage rate per minute', () => {
    expect(rateText({ perSecond: 0.025, unit: 'percent' })).toBe('1.5 %/min');
  });
});
