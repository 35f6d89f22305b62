import { loadPollerChart } from '../graph/loadPollerChart.ts';
import type { LoadedChart } from '../graph/loadPollerChart.ts';

const charts = new Map<boolean, Promise<LoadedChart>>();

/** The real poller chart, folded or in full, laid out once per test file (ELK takes a moment). */
export function pollerChartOnce(fold = true): Promise<LoadedChart> {
  const chart = charts.get(fold) ?? loadPollerChart(fold);
  charts.set(fold, chart);
  return chart;
}
