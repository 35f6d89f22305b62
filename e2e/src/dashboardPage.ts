/** Reading the Jobs dashboard in a Playwright page: what a user sees, through the accessible surface. */
import type { Page } from 'playwright-core';

export interface DashboardRow {
  id: string;
  status: string;
  path: string;
}

export interface DashboardView {
  url: string;
  /** The status filter's value ('' = all). */
  status: string;
  pageInfo: string;
  rows: DashboardRow[];
}

/** Goes to `url` (when given) and waits until the dashboard shows its table or a state message. */
export async function openDashboard(page: Page, url?: string): Promise<void> {
  if (url) await page.goto(url);
  await page.waitForSelector(
    '#jobs-dashboard-root table, #jobs-dashboard-root .jobs-empty, #jobs-dashboard-root [role="alert"]',
    {
      timeout: 15_000,
    },
  );
}

/** The visible state of the dashboard. */
export function dashboardView(page: Page): Promise<DashboardView> {
  return page.evaluate(() => ({
    url: location.pathname + location.search,
    status: (document.querySelector('#jobs-filter-status') as HTMLSelectElement | null)?.value ?? '',
    pageInfo: document.querySelector('.jobs-pagination__info')?.textContent ?? '',
    rows: Array.from(document.querySelectorAll<HTMLElement>('tbody tr[data-job-id]')).map((row) => ({
      id: row.dataset.jobId ?? '',
      status: row.querySelector<HTMLElement>('[data-status]')?.dataset.status ?? '',
      path: row.querySelector('.jobs-cell--path')?.textContent ?? '',
    })),
  }));
}

/** The status a job's row shows, or null when the job has no row. */
export function rowStatus(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (jobId) =>
      document.querySelector<HTMLElement>(`tr[data-job-id="${jobId}"] [data-status]`)?.dataset.status ?? null,
    id,
  );
}
