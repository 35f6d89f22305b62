import type { IncomingHttpHeaders } from 'node:http';

/** What a route handler reads of a request (a Fastify request is one). */
export interface RouteRequest {
  /** The raw URL, query included: handlers read it with the contract's parameter readers. */
  readonly url: string;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
}

/**
 * What a route handler answers, as a value: the status, headers, and a body — any value is sent as JSON, a
 * string as it is (JSON already serialized, with its `content-type` header), none for a 304.
 */
export interface RouteResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** The content type of every JSON body, as VPO's aiohttp sends it. */
export const JSON_TYPE = 'application/json; charset=utf-8';
