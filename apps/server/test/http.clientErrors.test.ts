/**
 * Requests Node's HTTP parser refuses never reach Fastify's routes or hooks; they must still be answered in
 * VPO's `{"error","code"}` shape. Sent over a raw socket, since `inject()` skips the parser.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, createTestApp, type TestApp } from './httpFixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  cleanupTempDirs();
});

/** Writes `raw` to the listening app and resolves with everything it answers before closing. */
async function sendRaw(raw: string): Promise<{ status: number; headers: string; body: string }> {
  t = createTestApp();
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = new URL(address);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(raw));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head.toLowerCase(), body };
}

describe('requests the HTTP parser refuses', () => {
  it('answers a header section over the limit with 431 and a JSON error code', async () => {
    const res = await sendRaw(`GET /api/jobs HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toContain('content-type: application/json; charset=utf-8');
    expect(res.headers).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(res.body)).toEqual({
      error: 'Request header fields too large',
      code: 'REQUEST_HEADERS_TOO_LARGE',
    });
  });

  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n'],
    ['a bad header', 'GET /api/jobs HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'],
    ['a bad version', 'GET /api/jobs HTTP/7.1\r\nHost: x\r\n\r\n'],
  ])('answers %s with 400 MALFORMED_REQUEST', async (_name, raw) => {
    const res = await sendRaw(raw);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'Malformed request', code: 'MALFORMED_REQUEST' });
  });
});
