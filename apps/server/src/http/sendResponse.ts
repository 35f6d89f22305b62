import type { FastifyReply } from 'fastify';
import type { RouteResponse } from './routeResponse.ts';

/**
 * Sends a handler's {@link RouteResponse} through Fastify: the one place a response value meets `reply`. A
 * string body goes out as it is; any other value is serialized as JSON by Fastify; no body, an empty one.
 *
 * @example sendResponse(reply, { status: 304, headers: { etag } })
 */
export function sendResponse(reply: FastifyReply, response: RouteResponse): FastifyReply {
  reply.code(response.status);
  if (response.headers !== undefined) reply.headers(response.headers);
  return reply.send(response.body);
}
