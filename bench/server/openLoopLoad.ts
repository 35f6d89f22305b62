/**
 * Load at a fixed offered rate (open loop): requests are scheduled at `rate` per second whatever the server
 * does, over at most `connections` keep-alive connections, and each latency is counted from the moment the
 * request was *due*, not from when a free connection let it go. A slow answer therefore shows in the
 * latency of every request queued behind it (no coordinated omission), which is what a page polling at its
 * interval would see. wrk and autocannon are closed-loop (autocannon's rate limit sends each second's
 * requests as a burst), so this small scheduler exists for the fixed-rate reading.
 */
import { Agent, request } from 'node:http';
import { cpuPerResponse, type LoadRequest, type LoadResult } from './loadResult.ts';
import { percentile } from '../stats.ts';
import { cpuSecondsOf, type ServerProcess } from './serverProcess.ts';

/** How often due requests are sent: each tick sends every request whose time has come. */
const TICK_MS = 1;

/** Drives `server` at `rate` requests per second for `seconds`. */
export async function openLoopLoad(
  title: string,
  server: ServerProcess,
  requests: ReadonlyArray<LoadRequest>,
  options: { connections: number; seconds: number; rate: number },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(server.url);
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  let sent = 0;
  let settled = 0;
  const cpuBefore = cpuSecondsOf(server.child.pid);
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const finish = (): void => {
      settled += 1;
      if (settled === total) resolve();
    };
    const send = (due: number, { path, etag }: LoadRequest): void => {
      const req = request(
        { agent, hostname, port, path, headers: etag === undefined ? {} : { 'if-none-match': etag } },
        (res) => {
          res.resume();
          res.once('end', () => {
            times.push(performance.now() - due);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            finish();
          });
        },
      );
      req.once('error', () => {
        errors += 1;
        finish();
      });
      req.end();
    };
    const tick = (): void => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        send(start + sent * interval, requests[sent % requests.length]!);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, TICK_MS);
    };
    tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  const cpuAfter = cpuSecondsOf(server.child.pid);
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    title,
    rps: times.length / elapsed,
    responses: times.length,
    cpuMicros: cpuPerResponse(cpuBefore, cpuAfter, times.length),
    statuses,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    p999: percentile(times, 99.9),
    errors,
    offeredRate: options.rate,
  };
}
