/** What one load run measured, whichever tool drove it. */
export interface LoadResult {
  readonly title: string;
  /** Responses per second over the run. */
  readonly rps: number;
  readonly responses: number;
  /** Server CPU (user + system) per response, in µs; null when unknown. */
  readonly cpuMicros: number | null;
  /** Responses by HTTP status. */
  readonly statuses: ReadonlyMap<number, number>;
  /** Latency percentiles in ms over every response of the run. */
  readonly p50: number;
  readonly p99: number;
  readonly p999: number;
  /** Connection, read, write and timeout errors. */
  readonly errors: number;
  /** The offered rate in requests per second (fixed-rate runs only). */
  readonly offeredRate?: number;
}

/** One request a load run cycles through. */
export interface LoadRequest {
  readonly path: string;
  /** The If-None-Match to send (a 304 run), or undefined (a 200 run). */
  readonly etag?: string;
}

/** Server CPU µs per response between two /proc readings. */
export function cpuPerResponse(
  before: number | null,
  after: number | null,
  responses: number,
): number | null {
  return before === null || after === null || responses === 0 ? null : ((after - before) * 1e6) / responses;
}
