import type { ChartEdge, ChartJunction, ChartLine, Leg } from './chartModelTypes.ts';

/** The legs from one source to one target, with the text that must match across sources. */
interface Bundle {
  readonly sourceId: string;
  readonly targetId: string;
  readonly legs: readonly Leg[];
  /** Target and label lines: equal keys mean "the same outcome" from different sources. */
  readonly key: string;
}

function ancestors(id: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  for (let current: string | null = id; current !== null; current = parents.get(current) ?? null) {
    chain.push(current);
  }
  return chain;
}

/** The closest state containing every id (a state contains itself only as an ancestor of others). */
function container(ids: readonly string[], parents: ReadonlyMap<string, string | null>): string {
  const chains = ids.map((id) => ancestors(parents.get(id) ?? id, parents));
  const [first = [], ...rest] = chains;
  return first.find((id) => rest.every((chain) => chain.includes(id))) ?? first.at(-1) ?? '';
}

function bundlesOf(legs: readonly Leg[]): Bundle[] {
  const bySourceTarget = new Map<string, Leg[]>();
  for (const leg of legs) {
    const id = `${leg.sourceId}->${leg.targetId}`;
    bySourceTarget.set(id, [...(bySourceTarget.get(id) ?? []), leg]);
  }
  return [...bySourceTarget.values()].map((group) => {
    const [{ sourceId, targetId }] = group as [Leg, ...Leg[]];
    return {
      sourceId,
      targetId,
      legs: group,
      key: [targetId, ...group.map((leg) => leg.line.text)].join('\n'),
    };
  });
}

/** Sources per outcome key, and the candidate source sets (each key's, and their pairwise intersections). */
function candidates(bundles: readonly Bundle[]): { sourcesOf: Map<string, Set<string>>; sets: string[][] } {
  const sourcesOf = new Map<string, Set<string>>();
  for (const bundle of bundles) {
    sourcesOf.set(bundle.key, (sourcesOf.get(bundle.key) ?? new Set()).add(bundle.sourceId));
  }
  const distinct = new Map<string, string[]>();
  const add = (set: readonly string[]) => {
    if (set.length >= 2) distinct.set([...set].sort().join('|'), [...set].sort());
  };
  const sets = [...sourcesOf.values()].map((set) => [...set]);
  sets.forEach(add);
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      const other = new Set(sets[j]);
      add((sets[i] ?? []).filter((id) => other.has(id)));
    }
  }
  return { sourcesOf, sets: [...distinct.values()] };
}

/**
 * Finds outcomes that several states share and routes them through junctions: when `k` sources each have
 * the same labelled arrow to each of `n` targets (same target, same lines), drawing `k` arrows into a dot and
 * `n` out of it replaces `k × n` arrows — for the poller, every fetch outcome from `idle` and each `fetching`.
 * Greedy: the source set that saves the most arrows first, until no set saves any. Returns the junctions,
 * their arrows, and the legs left to draw directly. Deterministic (ids in definition order).
 */
export function findJunctions(
  legs: readonly Leg[],
  parents: ReadonlyMap<string, string | null>,
): { junctions: ChartJunction[]; edges: ChartEdge[]; legs: Leg[] } {
  let bundles = bundlesOf(legs);
  const junctions: ChartJunction[] = [];
  const edges: ChartEdge[] = [];
  for (;;) {
    const { sourcesOf, sets } = candidates(bundles);
    let best: { sources: string[]; keys: string[]; saving: number } | null = null;
    for (const sources of sets) {
      const keys = [...sourcesOf].filter(([, set]) => sources.every((id) => set.has(id))).map(([key]) => key);
      const saving = sources.length * keys.length - sources.length - keys.length;
      if (saving > 0 && (!best || saving > best.saving)) best = { sources, keys, saving };
    }
    if (!best) break;
    const order = new Map(bundles.map((bundle, index) => [bundle.sourceId, index]));
    const sources = [...best.sources].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const keys = new Set(best.keys);
    const members = new Set(sources);
    const used = bundles.filter((bundle) => keys.has(bundle.key) && members.has(bundle.sourceId));
    const targets = [...new Set(used.map((bundle) => bundle.targetId))];
    const id = `junction:${junctions.length + 1}`;
    junctions.push({ id, containerId: container([...sources, ...targets], parents), sourceIds: sources });

    for (const sourceId of sources) {
      const transitionIds = used
        .filter((bundle) => bundle.sourceId === sourceId)
        .flatMap((bundle) => bundle.legs.flatMap((leg) => leg.line.transitionIds));
      edges.push({ id: `${sourceId}->${id}`, sourceId, targetId: id, lines: [], transitionIds });
    }
    for (const key of best.keys) {
      const shared = used.filter((bundle) => bundle.key === key);
      const [{ targetId, legs: first }] = shared as [Bundle, ...Bundle[]];
      const lines: ChartLine[] = first.map((leg, index) => ({
        text: leg.line.text,
        transitionIds: shared.flatMap((bundle) => bundle.legs[index]?.line.transitionIds ?? []),
      }));
      edges.push({
        id: `${id}->${targetId}`,
        sourceId: id,
        targetId,
        lines,
        transitionIds: lines.flatMap((line) => line.transitionIds),
      });
    }
    bundles = bundles.filter((bundle) => !(keys.has(bundle.key) && members.has(bundle.sourceId)));
  }
  return { junctions, edges, legs: bundles.flatMap((bundle) => bundle.legs) };
}
