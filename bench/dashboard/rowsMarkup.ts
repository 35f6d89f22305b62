import type { Page } from 'playwright-core';

/**
 * The markup of the table rows on a page, one string per `<tr>`, without the "N min ago", waited and ran texts (each page's
 * own 1 s clock may have ticked at a different moment). Two clients that render the same page give equal
 * lists: the benchmark checks the vanilla client against the dashboard with it, so the reference it reports
 * is the same page and not a lighter one.
 */
export function rowsMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('tbody > tr'), (row) =>
      row.outerHTML
        .replace(/(<span class="vpo-time__relative">)[^<]*/g, '$1')
        // The waited / ran times of queued and running jobs tick with the same clock.
        .replace(/(<span class="jobs-times__label">(?:Waited|Ran)<\/span> )[^<]*/g, '$1'),
    ),
  );
}

/** The first row where two lists differ, or null when they are equal. */
export function firstDifference(a: readonly string[], b: readonly string[]): string | null {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    if (a[i] !== b[i]) return `row ${i + 1}:\n  ${a[i] ?? '(none)'}\n  ${b[i] ?? '(none)'}`;
  }
  return null;
}
