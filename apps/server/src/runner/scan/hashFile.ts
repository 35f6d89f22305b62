import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * SHA-256 of a file's content, streamed in 1 MiB chunks. `onChunk` runs after each chunk so a cancelled
 * job stops in the middle of a large file; if it throws, the stream is closed and the error propagates.
 */
export async function hashFile(path: string, onChunk: () => void = () => undefined): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    onChunk();
  }
  return hash.digest('hex');
}
