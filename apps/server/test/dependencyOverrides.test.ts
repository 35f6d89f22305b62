/**
 * package.json `overrides` pins content-disposition (used by @fastify/static) and cookie (used by Fastify's
 * inject, light-my-request) to their last releases that support Node 20, so `npm ci` warns of no engine. These
 * prove the two pinned versions still do their job for the packages that use them.
 */
import { writeFileSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

describe('dependency overrides for Node 20', () => {
  it('@fastify/static serves files and names downloads with content-disposition 2', async () => {
    const root = tempDir();
    writeFileSync(`${root}/Épisode 1.txt`, 'hello');
    const app = Fastify();
    await app.register(fastifyStatic, { root, serve: true });
    app.get('/download', (_request, reply) => reply.download('Épisode 1.txt'));
    try {
      const served = await app.inject(`/${encodeURIComponent('Épisode 1.txt')}`);
      expect({ status: served.statusCode, body: served.body }).toEqual({ status: 200, body: 'hello' });
      const download = await app.inject('/download');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="?pisode 1.txt"; filename*=UTF-8''%C3%89pisode%201.txt`,
      );
    } finally {
      await app.close();
    }
  });

  it('inject() sends cookies with cookie 1', async () => {
    const app = Fastify();
    app.get('/cookie', (request) => ({ cookie: request.headers.cookie }));
    try {
      const response = await app.inject({ url: '/cookie', cookies: { session: 'a b', theme: 'dark' } });
      expect(response.json()).toEqual({ cookie: 'session=a%20b; theme=dark' });
    } finally {
      await app.close();
    }
  });
});
