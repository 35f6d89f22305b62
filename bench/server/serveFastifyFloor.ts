/**
 * The framework's floor: a bare Fastify app (no hooks, no database) answering every GET with an empty 304
 * and the same headers the real server sends. The gap between this and bare node:http is what Fastify
 * costs; the gap between this and the real server is what the server's own work costs. Prints its URL on
 * stdout; closes on SIGTERM.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/*', async (_request, reply) =>
  reply
    .header('etag', '"list-baseline"')
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .code(304)
    .send(),
);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;
process.stdout.write(`http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
