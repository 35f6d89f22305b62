import { downloadBlob } from '@vpo-live/ui';

/** Saves a trace (JSON text) as a file, without a request. */
export function downloadText(filename: string, text: string, doc: Document = document): void {
  downloadBlob(filename, new Blob([text], { type: 'application/json' }), doc);
}
