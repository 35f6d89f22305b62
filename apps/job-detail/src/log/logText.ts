import { downloadBlob } from '@vpo-live/ui';
import type { LineRange } from './lineHash.ts';
import type { LogLines } from './logLines.ts';

/**
 * The held log as the server's file holds it (each line ended by a newline), straight from the packed bytes:
 * for a finished job, byte for byte the file on the server.
 */
export function logBlob(lines: LogLines): Blob {
  return new Blob(lines.byteRuns() as BlobPart[], { type: 'text/plain;charset=utf-8' });
}

/** Lines as text to copy: the selected ones (1-based, inclusive), or every held line; joined by newlines. */
export function logText(lines: LogLines, range: LineRange | null): string {
  if (range !== null) return lines.slice(range.start - 1, range.end).join('\n');
  const decoder = new TextDecoder();
  const text = lines
    .byteRuns()
    .map((bytes) => decoder.decode(bytes))
    .join('');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** Saves the held log as `<name>` (no server round trip). */
export function downloadLog(lines: LogLines, name: string, doc: Document = document): void {
  downloadBlob(name, logBlob(lines), doc);
}
