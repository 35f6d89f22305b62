/// <reference lib="webworker" />
/**
 * The layout worker: lays a chart definition out with ELK off the page's main thread. Loaded by
 * {@link layoutInWorker} when the chart is first needed, so the page's first script carries no ELK.
 * Protocol: one {@link LayoutRequest} in, one {@link LayoutReply} out.
 */
import { layoutChart, type LayoutRequest } from './layoutChart.ts';
import type { LayoutReply } from './layoutInWorker.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Assigned after the imports ran: ELK's bundled build, evaluated in a worker, installs its own
// `self.onmessage` (it can act as ELK's worker); this one replaces it.
scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  layoutChart(event.data).then(
    (chart) => scope.postMessage({ ok: true, chart } satisfies LayoutReply),
    (error: unknown) => scope.postMessage({ ok: false, error: String(error) } satisfies LayoutReply),
  );
};
