import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { SERVER_ERRORS, type ServerError } from './apiError.ts';

/** The error Node's HTTP parser reports for a request it cannot read. */
type ClientError = Error & { readonly code?: string };

/** Which of our errors answers a parser rejection. */
function errorFor(error: ClientError): ServerError {
  if (error.code === 'HPE_HEADER_OVERFLOW') return SERVER_ERRORS.headersTooLarge();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return SERVER_ERRORS.requestTimeout();
  return SERVER_ERRORS.malformedRequest();
}

/**
 * Fastify's `clientErrorHandler`: answers a request that Node's HTTP parser rejected (a header too large, a
 * malformed request line, a request that took too long) with VPO's `{"error","code"}` body, as every other
 * error is — no route, hook or reply exists yet, so the response is written to the socket as is.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  // A peer that is gone gets nothing; a half-written response would only fail again.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, body } = errorFor(error);
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'X-Content-Type-Options: nosniff\r\n' +
      'Connection: close\r\n\r\n' +
      json,
  );
}
