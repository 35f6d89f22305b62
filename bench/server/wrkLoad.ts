/**
 * Closed-loop load with wrk (Debian's `wrk`): a C load generator in its own process, so the machine's
 * second core is not spent generating load in JavaScript. One wrk thread keeps `connections` requests in
 * flight, each connection cycling through the given requests; a Lua script counts responses by status and
 * prints the run's figures as one JSON line. Each run is preceded by an unmeasured warm-up of the same load.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuPerResponse, type LoadRequest, type LoadResult } from './loadResult.ts';
import { cpuSecondsOf, type ServerProcess } from './serverProcess.ts';

const MARK = 'WRK-RESULT ';

/** Makes sure `wrk` is on PATH: installs Debian's package when running as root, else says how. */
export function ensureWrk(): void {
  const found = (): boolean => {
    try {
      execFileSync('wrk', ['--version'], { stdio: 'ignore' });
      return true;
    } catch (error) {
      // wrk --version prints its banner and exits 1; only a missing binary is ENOENT.
      return (error as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  };
  if (found()) return;
  if (process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'inherit' });
    if (found()) return;
  }
  throw new Error('bench:server needs wrk: apt-get install -y wrk');
}

const luaString = (value: string): string => JSON.stringify(value);

/** The wrk script: the requests, a status count per thread, and a JSON summary at the end. */
function script(requests: ReadonlyArray<LoadRequest>): string {
  const built = requests
    .map(({ path, etag }) => {
      const headers = etag === undefined ? '{}' : `{["If-None-Match"] = ${luaString(etag)}}`;
      return `  table.insert(reqs, wrk.format("GET", ${luaString(path)}, ${headers}))`;
    })
    .join('\n');
  return `local threads = {}
setup = function(thread) table.insert(threads, thread) end
reqs = {}
-- Built in init, once wrk has set the Host header (Node answers 400 to a request without one).
init = function(args)
${built}
end
local i = 0
request = function() i = i % #reqs + 1; return reqs[i] end
statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency)
  local counts = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do counts[code] = (counts[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(counts) do table.insert(parts, string.format('"%d":%d', code, n)) end
  local e = summary.errors
  io.write(string.format('${MARK}{"requests":%d,"durationUs":%d,"errors":%d,"p50":%d,"p99":%d,"p999":%d,"statuses":{%s}}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), table.concat(parts, ",")))
end
`;
}

interface WrkSummary {
  requests: number;
  durationUs: number;
  errors: number;
  p50: number;
  p99: number;
  p999: number;
  statuses: Record<string, number>;
}

/** Runs wrk against `server` for `seconds` and reads its summary and the server's CPU time. */
export async function wrkLoad(
  title: string,
  server: ServerProcess,
  requests: ReadonlyArray<LoadRequest>,
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'vpo-live-wrk-'));
  const scriptPath = join(dir, 'load.lua');
  writeFileSync(scriptPath, script(requests));
  const wrk = (seconds: number): Promise<string> =>
    run('wrk', ['-t1', `-c${options.connections}`, `-d${seconds}s`, '-s', scriptPath, server.url]);
  try {
    // Unmeasured first: a fresh process's first seconds are JIT compilation, cold pages and empty caches.
    if (options.warmupSeconds > 0) await wrk(options.warmupSeconds);
    const cpuBefore = cpuSecondsOf(server.child.pid);
    const output = await wrk(options.seconds);
    const cpuAfter = cpuSecondsOf(server.child.pid);
    const line = output.split('\n').find((text) => text.startsWith(MARK));
    if (line === undefined) throw new Error(`wrk printed no result:\n${output}`);
    const summary = JSON.parse(line.slice(MARK.length)) as WrkSummary;
    const statuses = new Map(Object.entries(summary.statuses).map(([code, n]) => [Number(code), n]));
    const responses = [...statuses.values()].reduce((sum, n) => sum + n, 0);
    return {
      title,
      rps: responses / (summary.durationUs / 1e6),
      responses,
      cpuMicros: cpuPerResponse(cpuBefore, cpuAfter, responses),
      statuses,
      p50: summary.p50 / 1000,
      p99: summary.p99 / 1000,
      p999: summary.p999 / 1000,
      errors: summary.errors,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}`)),
    );
  });
}
