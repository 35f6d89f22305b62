import { JSON_TYPE, type RouteResponse } from '../routeResponse.ts';

/** Revalidate each time, with the ETag: the headers of every cacheable job GET. */
export const cacheHeaders = (etag: string): Record<string, string> => ({ etag, 'cache-control': 'no-cache' });

/** A 200 whose JSON is already serialized (the response cache holds bodies as text). */
export const cachedJson = (etag: string, json: string): RouteResponse => ({
  status: 200,
  headers: { etag, 'cache-control': 'no-cache', 'content-type': JSON_TYPE },
  body: json,
});

/** 304: what the client holds is current. */
export const notModified = (etag: string): RouteResponse => ({ status: 304, headers: cacheHeaders(etag) });
