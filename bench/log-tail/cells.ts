/** How the report writes numbers and verdicts, so the two sections that share a table read alike. */

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Thousands separated by commas whatever the machine's locale, so reruns diff cleanly. */
export const n = (value: number) => value.toLocaleString('en-US');
export const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
