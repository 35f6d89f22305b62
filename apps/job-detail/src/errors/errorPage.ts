/** Scan errors shown per page: enough to scan by eye, few enough to keep the page short. */
export const ERRORS_PER_PAGE = 20;

export interface ErrorPage {
  /** 0-based page, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Index of the first and one past the last error shown. */
  start: number;
  end: number;
}

/**
 * Which errors a page shows; a page past the end (the list got shorter) becomes the last one.
 * @example errorPage(45, 2) // { page: 2, pages: 3, start: 40, end: 45 }
 */
export function errorPage(total: number, page: number, perPage = ERRORS_PER_PAGE): ErrorPage {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = clamped * perPage;
  return { page: clamped, pages, start, end: Math.min(total, start + perPage) };
}
