import { LogController } from 'fastify';

/**
 * Fastify's per-request log lines one level down: Fastify writes two `info` lines per request, and the pages
 * poll every few seconds, so on a console they drowned the job events (1,762 of 1,840 lines in a 13-minute
 * run). Here a request is one `debug` line (`--log-level debug` shows it) carrying the method, URL, status,
 * time and client address (`req.remoteAddress`, which honours `trustProxy`); the incoming half is `trace`.
 * Failed responses stay at `error`.
 */
export class RequestLogController extends LogController {
  override incomingRequest(request: Parameters<LogController['incomingRequest']>[0]): void {
    request.log.trace({ req: request }, 'incoming request');
  }

  override requestCompleted(...[error, request, reply]: Parameters<LogController['requestCompleted']>): void {
    const fields = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...fields, err: error }, 'request errored');
    else reply.log.debug(fields, 'request completed');
  }

  override routeNotFound(request: Parameters<LogController['routeNotFound']>[0]): void {
    request.log.debug({ req: request }, 'route not found');
  }
}
