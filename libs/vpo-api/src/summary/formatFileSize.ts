import { pyFixed } from '../python/pyFixed.ts';
import { pyStr } from '../python/pyRepr.ts';

/** VPO's `format_file_size`: "4.2 GB", "128.0 MB", "1.5 KB", "512 B" (binary units, one decimal). */
export function formatFileSize(sizeBytes: number): string {
  if (sizeBytes >= 1024 ** 3) return `${pyFixed(sizeBytes / 1024 ** 3, 1)} GB`;
  if (sizeBytes >= 1024 ** 2) return `${pyFixed(sizeBytes / 1024 ** 2, 1)} MB`;
  if (sizeBytes >= 1024) return `${pyFixed(sizeBytes / 1024, 1)} KB`;
  return `${pyStr(sizeBytes)} B`;
}
