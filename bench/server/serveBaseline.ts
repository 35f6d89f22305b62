/**
 * The floor the server benchmark is read against: plain node:http answering every request with an empty
 * 304 and the same headers the real server sends. Whatever this costs on the machine at hand, no server
 * can do better. Prints its URL on stdout; closes on SIGTERM.
 */
import { createServer } from 'node:http';

const server = createServer((_request, response) => {
  response.writeHead(304, {
    etag: '"list-baseline"',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
