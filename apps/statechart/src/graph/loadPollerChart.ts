import { pollerMachine } from '@vpo-live/poller';
import type { ChartDefinition } from './chartDefinition.ts';
import { layoutInWorker } from './layoutInWorker.ts';
import type { PositionedChart } from './positionedChart.ts';
import { readMachine } from './readMachine.ts';

/** A machine's definition and its laid-out chart. */
export interface LoadedChart {
  definition: ChartDefinition;
  chart: PositionedChart;
}

/** The poller machine of `@vpo-live/poller`, read from its definition and laid out in a worker. */
export async function loadPollerChart(): Promise<LoadedChart> {
  const definition = readMachine(pollerMachine);
  return { definition, chart: await layoutInWorker(definition) };
}
