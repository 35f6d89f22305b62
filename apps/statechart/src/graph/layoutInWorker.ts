import type { LayoutRequest } from './layoutChart.ts';
import type { PositionedChart } from './positionedChart.ts';

/** What the layout worker answers. */
export type LayoutReply = { ok: true; chart: PositionedChart } | { ok: false; error: string };

/** How a worker is made: the real one, or none where the environment has no `Worker` (tests in node). */
export type LayoutWorkerFactory = (() => Worker) | null;

const defaultFactory: LayoutWorkerFactory =
  typeof Worker === 'function'
    ? () =>
        new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'chart-layout' })
    : null;

/**
 * Lays a chart out in a Web Worker that is created for it and ended after, so ELK (about 1.4 MB) is neither
 * part of the page's first script nor parsed on its main thread. Where there is no `Worker`, the layout
 * module is imported on demand instead (still out of the first script).
 *
 * @example const chart = await layoutInWorker({ definition: readMachine(pollerMachine) });
 */
export async function layoutInWorker(
  request: LayoutRequest,
  createWorker: LayoutWorkerFactory = defaultFactory,
): Promise<PositionedChart> {
  if (!createWorker) {
    const { layoutChart } = await import('./layoutChart.ts');
    return layoutChart(request);
  }
  const worker = createWorker();
  try {
    const reply = await new Promise<LayoutReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<LayoutReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the layout worker failed to load'));
      worker.postMessage(request);
    });
    if (!reply.ok) throw new Error(reply.error);
    return reply.chart;
  } finally {
    worker.terminate();
  }
}
