import type { BaseIssue } from 'valibot';

/** `jobs[3].status`: where in the body an issue sits, readable in a log line. */
export function issuePath(issue: BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path || '(root)';
}

/** A one-line account of the first few issues, each led by its path. */
export function describeIssues(issues: readonly BaseIssue<unknown>[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => `${issuePath(issue)}: ${issue.message}`);
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return `${shown.join('; ')}${more}`;
}
