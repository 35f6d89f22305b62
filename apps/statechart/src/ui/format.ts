import type { StepMessage } from '@vpo-live/poller-debug';
import type { JsonValue } from '@vpo-live/poller-debug';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Local wall-clock time with milliseconds: `14:03:07.250`. */
export function formatClock(epochMs: number): string {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return '—';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** A duration: `250 ms`, `10 s`, `2.5 s`, `2 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(ms)} ms`;
  if (abs < 120_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Number((ms / 60_000).toFixed(1))} min`;
}

/** What a poller watches, from its name: `job-list` → `Job list`, `job-log:<id>` → `Job log 1a2b3c4d`. */
export function describeResource(resource: string): { kind: string; label: string } {
  const [prefix = '', id = ''] = resource.split(/:(.*)/s);
  const short = id.slice(0, 8);
  switch (prefix) {
    case 'job-list':
      return { kind: 'job list', label: 'Job list' };
    case 'job':
      return { kind: 'job', label: `Job ${short}` };
    case 'job-log':
      return { kind: 'job log', label: `Job log ${short}` };
    default:
      return { kind: 'poller', label: resource || 'poller' };
  }
}

/** XState's internal event names made readable: `xstate.after.pollDelay.poller.x` → `after pollDelay`. */
export function describeEventType(type: string): string {
  const after = /^xstate\.after\.([^.]+)\./.exec(type);
  if (after) return `after ${after[1]}`;
  if (type === 'xstate.init') return 'init';
  if (type === 'xstate.stop') return 'stop';
  return type;
}

const field = (value: JsonValue | undefined, key: string): JsonValue | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;

/** A poller error in context or event (`{ kind, status?, message }`) as one line, or `null`. */
export function describeError(error: JsonValue | undefined): string | null {
  if (!error || typeof error !== 'object' || Array.isArray(error)) return null;
  const kind = typeof error.kind === 'string' ? error.kind : 'error';
  const status = typeof error.status === 'number' ? ` ${error.status}` : '';
  const message = typeof error.message === 'string' ? `: ${error.message}` : '';
  return `${kind}${status}${message}`;
}

/** The interesting part of an event's payload, for the event log. */
export function describeEventDetail(step: StepMessage): string {
  const { detail } = step.event;
  const parts: string[] = [];
  const error = describeError(field(detail, 'error'));
  if (error) parts.push(error);
  const latency = field(detail, 'latencyMs');
  if (typeof latency === 'number') parts.push(`latency ${formatDuration(latency)}`);
  const retryAfter = field(detail, 'retryAfterMs');
  if (typeof retryAfter === 'number') parts.push(`retry after ${formatDuration(retryAfter)}`);
  if (field(detail, 'terminal') === true) parts.push('finished');
  return parts.join(' · ');
}
