/**
 * The first 8 characters of a job id, as VPO shows it (`id_short`).
 *
 * @example shortId('3f2a9c1e-0000-4000-8000-000000000000') // '3f2a9c1e'
 */
export function shortId(id: string): string {
  return id.slice(0, 8);
}
