import { describe, expect, it } from 'vitest';
import { SOURCES, breakdown, sourceOf, type CpuProfile } from './profileBreakdown.ts';

describe('sourceOf', () => {
  it.each([
    ['http://h/mfe/jobs-dashboard/assets/solid-AbC1.js', 'f', SOURCES.solid],
    [
      'http://h/mfe/jobs-dashboard/assets/_virtual_mf__prebuild__xstate__prebuild__-x.js',
      'f',
      SOURCES.xstate,
    ],
    ['http://h/mfe/jobs-dashboard/assets/mount-D8B5.js', 'f', SOURCES.own],
    ['http://h/page/vanilla.js', 'poll', SOURCES.own],
    ['', 'fetch', SOURCES.builtins],
    ['', '(garbage collector)', SOURCES.gc],
  ])('%s %s → %s', (url, name, source) => {
    expect(sourceOf(url, name)).toBe(source);
  });

  it("drops idle time and the benchmark's helpers", () => {
    expect(sourceOf('', '(idle)')).toBeNull();
    expect(sourceOf('http://h/page/measure.js', 'rowShown')).toBeNull();
  });
});

describe('breakdown', () => {
  it("charges a built-in to the benchmark, not the client, when the benchmark's helper called it", () => {
    const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
      id,
      callFrame: { functionName, url },
      children,
    });
    const profile: CpuProfile = {
      nodes: [
        frame(1, '(root)', '', [2, 4]),
        frame(2, 'rowShown', 'http://h/page/measure.js', [3]),
        frame(3, 'querySelector', ''),
        frame(4, 'poll', 'http://h/page/vanilla.js', [5]),
        frame(5, 'fetch', ''),
      ],
      samples: [3, 3, 5, 4],
      timeDeltas: [1000, 1000, 2000, 500],
    };
    expect(Object.fromEntries(breakdown([profile]))).toEqual({ [SOURCES.builtins]: 2, [SOURCES.own]: 0.5 });
  });
});
