import { PROTOCOL_VERSION, type TraceEntry } from '@vpo-live/poller-debug';
import { parseInspectionMessage } from '@vpo-live/poller-debug';

/** The `format` field of a trace file. */
export const TRACE_FORMAT = 'vpo-live.poller-trace';
/** Largest trace file accepted (bytes of text). */
export const MAX_TRACE_BYTES = 20 * 1024 * 1024;
/** Most entries read from one file; the rest are ignored. */
export const MAX_TRACE_ENTRIES = 50_000;

/** A recorded trace as saved to disk. */
export interface PollerTrace {
  readonly format: typeof TRACE_FORMAT;
  readonly version: typeof PROTOCOL_VERSION;
  /** Epoch ms. */
  readonly exportedAt: number;
  /** The machine the steps belong to (`poller`). */
  readonly machine: string;
  readonly entries: readonly TraceEntry[];
}

/** Why a file could not be loaded, as a message for the user. */
export type TraceImport = { ok: true; trace: PollerTrace; skipped: number } | { ok: false; error: string };

/** Serializes a recorded trace to the JSON text of a trace file. */
export function exportTrace(entries: readonly TraceEntry[], machine: string, exportedAt: number): string {
  const trace: PollerTrace = {
    format: TRACE_FORMAT,
    version: PROTOCOL_VERSION,
    exportedAt,
    machine,
    entries,
  };
  return JSON.stringify(trace);
}

/**
 * Reads a trace file back. Every entry is checked like a channel message; invalid ones are skipped and
 * counted, never trusted. A file that is not a trace of this version yields a readable error.
 */
export function importTrace(text: string): TraceImport {
  if (text.length > MAX_TRACE_BYTES) {
    return { ok: false, error: `The file is larger than ${MAX_TRACE_BYTES / 1024 / 1024} MB.` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== TRACE_FORMAT) {
    return {
      ok: false,
      error: 'The file is not a poller trace (its "format" is not vpo-live.poller-trace).',
    };
  }
  const { version, exportedAt, machine, entries } = raw as Record<string, unknown>;
  if (version !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: `Trace version ${String(version)} is not supported (expected ${PROTOCOL_VERSION}).`,
    };
  }
  if (!Array.isArray(entries)) return { ok: false, error: 'The trace has no "entries" list.' };
  const kept: TraceEntry[] = [];
  let skipped = Math.max(0, entries.length - MAX_TRACE_ENTRIES);
  for (const item of entries.slice(0, MAX_TRACE_ENTRIES)) {
    const message = parseInspectionMessage(item);
    if (message && (message.kind === 'step' || message.kind === 'dispose')) kept.push(message);
    else skipped += 1;
  }
  return {
    ok: true,
    skipped,
    trace: {
      format: TRACE_FORMAT,
      version: PROTOCOL_VERSION,
      exportedAt: typeof exportedAt === 'number' && Number.isFinite(exportedAt) ? exportedAt : 0,
      machine: typeof machine === 'string' ? machine.slice(0, 100) : 'poller',
      entries: kept,
    },
  };
}
