/**
 * Saves data as a file through a temporary object URL and `<a download>`: the data never leaves the page (no
 * request is made), which keeps a CSP's `connect-src 'self'` intact.
 *
 * @example downloadBlob(`${id}.log`, new Blob([text], { type: 'text/plain;charset=utf-8' }))
 */
export function downloadBlob(filename: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the time the click returns; the URL is released after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
