/** The subset of a V8 CPU profile (CDP `Profiler.stop`) the breakdown reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Names of the sources {@link sourceOf} reports. */
export const SOURCES = {
  builtins: 'browser built-ins called from script (fetch, JSON.parse, DOM)',
  own: "the client's own code",
  gc: 'garbage collection',
  solid: 'solid-js',
  xstate: 'xstate',
  rxjs: 'rxjs',
  federation: 'federation runtime',
  other: 'other',
} as const;

const HARNESS = '/page/measure.js';

/**
 * Where a sampled frame's code comes from, by the file it lives in (the remote's chunk names say it). The
 * client's own code is the dashboard's chunk (app, ui, poller, vpo-api, valibot) or the hand-written client's
 * file. Returns null for idle time and for the benchmark's own helpers.
 */
export function sourceOf(url: string, functionName: string): string | null {
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return null;
  if (functionName === '(garbage collector)') return SOURCES.gc;
  if (url.includes(HARNESS)) return null;
  if (/\/solid-[^/]*\.js$|prebuild__solid/.test(url)) return SOURCES.solid;
  if (url.includes('prebuild__xstate')) return SOURCES.xstate;
  if (url.includes('prebuild__rxjs')) return SOURCES.rxjs;
  if (/\/assets\/mount-[^/]*\.js$/.test(url) || /\/page\/(vanilla|naive)\.js$/.test(url)) return SOURCES.own;
  if (url.includes('/mfe/jobs-dashboard/')) return SOURCES.federation;
  if (url === '') return SOURCES.builtins;
  return SOURCES.other;
}

/**
 * Sampled time per source, in ms, for one or more profiles. A built-in (a frame without a script URL) is
 * charged to the benchmark, not the client, when the nearest script frame above it is the benchmark's helper
 * (e.g. the `querySelector` its row watcher calls).
 */
export function breakdown(profiles: CpuProfile[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const callerUrl = (id: number): string => {
      for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
        const url = byId.get(at)?.callFrame.url;
        if (url) return url;
      }
      return '';
    };
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      if (!node) return;
      const { url, functionName } = node.callFrame;
      if (url === '' && callerUrl(id).includes(HARNESS)) return;
      const source = sourceOf(url, functionName);
      if (!source) return;
      totals.set(source, (totals.get(source) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  return totals;
}
