import { loadPollerChart } from '../graph/loadPollerChart.ts';
import type { LoadedChart } from '../graph/loadPollerChart.ts';

let chart: Promise<LoadedChart> | undefined;

/** The real poller chart, laid out once per test file (ELK takes a moment). */
export function pollerChartOnce(): Promise<LoadedChart> {
  chart ??= loadPollerChart();
  return chart;
}
