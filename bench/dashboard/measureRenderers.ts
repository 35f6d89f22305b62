import type { Browser, Page } from 'playwright-core';
import type { BenchJobs } from './benchJobs.ts';
import type { RendererName } from './benchServer.ts';
import { tracedPoll } from './measureRendering.ts';
import { breakdown, type CpuProfile } from './profileBreakdown.ts';
import type { RenderingCost } from './traceRendering.ts';

/**
 * One renderer under test: its page (already showing the first page of jobs), alone in its own browser so
 * every page is a foreground page that renders like a real tab, and its job sequence.
 */
export interface Renderer {
  name: RendererName;
  browser: Browser;
  page: Page;
  jobs: BenchJobs;
  /** The element whose subtree the mutation count watches. */
  root: string;
}

/** What was measured for one renderer. */
export interface RendererRun {
  mutations: number[];
  records: number[];
  /** Nodes inserted or removed per poll, each counted with its descendants. */
  nodes: number[];
  /** Scripting ms per traced poll: main-thread CPU time (the trace's thread clock). */
  scripting: number[];
  /** The same in wall-clock time, which other load on the machine inflates. */
  scriptingWall: number[];
  /** Script on the page's fetch worker thread per traced poll (the live dashboard's requests), CPU ms. */
  workerScripting: number[];
  /** Durations (ms) of the renderer's `jobs-dashboard:update` measures during the traced polls. */
  updates: number[];
  /** Style, layout and paint per traced poll, from the click until every frame the poll caused is drawn. */
  rendering: RenderingCost[];
  /** Sampled CPU profile time per poll (ms), by source. */
  sources: Map<string, number>;
}

export interface MeasureOptions {
  warmup: number;
  polls: number;
}

/**
 * Every renderer is started the same way: a click on its Refresh button, so the synchronous part of each
 * client's handler (the `fetch()` call included) runs inside an `EventDispatch` the trace counts. Then we
 * wait (in the page's own evaluation, which the trace does not count) for the new job's row.
 */
const TRIGGER = "document.querySelector('.vpo-refresh').click()";

interface BenchWindow {
  __bench: {
    observe(selector: string): void;
    take(): { mutations: number; records: number; nodes: number };
    rowShown(id: string): Promise<boolean>;
    updates(): number[];
  };
}

const poll = (renderer: Renderer): Promise<boolean> =>
  renderer.page.evaluate(
    ([code, rowId]) => {
      (0, eval)(code);
      return (window as unknown as BenchWindow).__bench.rowShown(rowId);
    },
    [TRIGGER, renderer.jobs.step()] as const,
  );

/** Round `i` visits the renderers in a rotated order, so drift in machine load spreads over all of them. */
const rotated = <T>(items: readonly T[], i: number): T[] =>
  items.map((_, k) => items[(i + k) % items.length]!);

/**
 * Measures every renderer in the same run, interleaved poll by poll:
 * 1. DOM mutations per poll (a MutationObserver on the renderer's root), after `warmup` polls;
 * 2. from a Chrome trace of each poll (no observer attached) that runs until `SETTLE_MS` after the new row is
 *    on screen: scripting until the row was there, and style, layout and paint of every frame the poll caused
 *    (a CSS transition's included); plus the renderer's own User Timing measures of its update;
 * 3. a sampling CPU profile (100 µs) of `polls` more polls, one renderer at a time, for the breakdown.
 */
export async function measureRenderers(
  renderers: readonly Renderer[],
  { warmup, polls }: MeasureOptions,
): Promise<Map<RendererName, RendererRun>> {
  const runs = new Map<RendererName, RendererRun>(
    renderers.map((r) => [
      r.name,
      {
        mutations: [],
        records: [],
        nodes: [],
        scripting: [],
        scriptingWall: [],
        workerScripting: [],
        updates: [],
        rendering: [],
        sources: new Map<string, number>(),
      },
    ]),
  );
  for (const r of renderers)
    await r.page.evaluate((root) => (window as unknown as BenchWindow).__bench.observe(root), r.root);
  for (let i = 0; i < warmup + polls; i += 1) {
    for (const r of rotated(renderers, i)) {
      await r.page.evaluate(() => (window as unknown as BenchWindow).__bench.take());
      await poll(r);
      const counted = await r.page.evaluate(() => (window as unknown as BenchWindow).__bench.take());
      if (i < warmup) continue;
      runs.get(r.name)!.mutations.push(counted.mutations);
      runs.get(r.name)!.records.push(counted.records);
      runs.get(r.name)!.nodes.push(counted.nodes);
    }
  }

  for (const r of renderers) {
    await r.page.evaluate(() => (window as unknown as BenchWindow).__bench.observe('head'));
    await r.page.evaluate(() => (window as unknown as BenchWindow).__bench.updates());
  }
  for (let i = 0; i < polls; i += 1) {
    for (const r of rotated(renderers, i)) {
      const cost = await tracedPoll(r.browser, r.page, () => poll(r));
      const run = runs.get(r.name)!;
      run.scripting.push(cost.scripting);
      run.scriptingWall.push(cost.scriptingWall);
      run.workerScripting.push(cost.workerScripting);
      run.rendering.push(cost.rendering);
    }
  }
  for (const r of renderers)
    runs.get(r.name)!.updates = await r.page.evaluate(() =>
      (window as unknown as BenchWindow).__bench.updates(),
    );

  for (const r of renderers) {
    const cdp = await r.page.context().newCDPSession(r.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < polls; i += 1) await poll(r);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    for (const [source, ms] of breakdown([profile])) runs.get(r.name)!.sources.set(source, ms / polls);
  }
  return runs;
}
