import pinoPretty from 'pino-pretty';

/** Fields every request line carries (Fastify's serializers); the pretty line says them in its message. */
interface RequestLine {
  req?: { method?: string; url?: string; remoteAddress?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/**
 * Fields a pretty line leaves out: pino's process fields, the request fields its message already says, and
 * the runner's job fields (their message names type and short id). JSON lines keep all of them.
 */
const HIDDEN = ['pid', 'hostname', 'reqId', 'req', 'res', 'responseTime', 'jobId', 'jobType', 'end'];

/**
 * A stream that turns pino's JSON lines into one readable line each — `[10:42:01] INFO: job started: scan
 * 6f1c2d3e …` — for a terminal. Other fields follow on the same line as compact JSON; errors keep their stack.
 * Synchronous, so a line is on screen before the process moves on (and before it exits).
 *
 * @example Fastify({ logger: { level: 'info', stream: prettyLogStream(process.stdout, { colors: true }) } })
 */
export function prettyLogStream(
  destination: NodeJS.WritableStream,
  options: { colors: boolean },
): NodeJS.WritableStream {
  return pinoPretty({
    destination,
    sync: true,
    colorize: options.colors,
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
    ignore: HIDDEN.join(','),
    messageFormat: (log, messageKey) => {
      const { req, res, responseTime } = log as RequestLine;
      const message = String(log[messageKey] ?? '');
      if (req === undefined || res === undefined) return message;
      const ms = typeof responseTime === 'number' ? ` ${responseTime.toFixed(1)} ms` : '';
      return `${req.method} ${req.url} → ${res.statusCode}${ms} (${req.remoteAddress})`;
    },
  });
}
