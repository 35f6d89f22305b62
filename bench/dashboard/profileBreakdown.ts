/** The subset of a V8 CPU profile (CDP `Profiler.stop`) the breakdown reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled frame's code comes from, by the chunk it lives in (the remote's file names say it). */
export function sourceOf(url: string, functionName: string): string | null {
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return null;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.includes('/page/measure.js')) return null;
  if (/\/solid-[^/]*\.js$|prebuild__solid/.test(url)) return 'solid-js';
  if (url.includes('prebuild__xstate')) return 'xstate';
  if (url.includes('prebuild__rxjs')) return 'rxjs';
  if (/\/assets\/mount-[^/]*\.js$/.test(url)) return 'dashboard code (app, ui, poller, vpo-api, valibot)';
  if (url.includes('/mfe/jobs-dashboard/')) return 'federation runtime';
  if (url === '') return 'browser built-ins called from script (fetch, JSON.parse, DOM)';
  return 'other';
}

/** Sampled time per source, in ms, for one or more profiles. */
export function breakdown(profiles: CpuProfile[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      const source = node && sourceOf(node.callFrame.url, node.callFrame.functionName);
      if (!source) return;
      totals.set(source, (totals.get(source) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  return totals;
}
