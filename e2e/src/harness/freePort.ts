import { createServer } from 'node:net';

/**
 * A TCP port that was free a moment ago on 127.0.0.1. Used instead of `--port 0` because a restarted server
 * must come back on the same port for the page to reconnect.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
