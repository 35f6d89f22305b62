import { pollerMachine } from '@vpo-live/poller';
import type { ChartDefinition } from './chartDefinition.ts';
import { foldDefinition, foldableIds } from './foldDefinition.ts';
import { layoutInWorker } from './layoutInWorker.ts';
import type { PositionedChart } from './positionedChart.ts';
import { readMachine } from './readMachine.ts';

/** A machine's definition (every state, folded or not: what a poller's steps are matched against) and its chart. */
export interface LoadedChart {
  definition: ChartDefinition;
  chart: PositionedChart;
}

/**
 * The poller machine of `@vpo-live/poller`, read from its definition and laid out in a worker: folded
 * (each compound state one box with its children in a row, the overview that fits a screen) or in full.
 */
export async function loadPollerChart(fold = true): Promise<LoadedChart> {
  const definition = readMachine(pollerMachine);
  const request = fold ? foldDefinition(definition, foldableIds(definition)) : { definition };
  return { definition, chart: await layoutInWorker(request) };
}
