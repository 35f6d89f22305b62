import { afterAll, beforeAll, describe, expect } from 'vitest';
import { basicAuthHeader } from '../../http/basicAuth.ts';
import { contractId } from './contractContext.ts';
import { createContractGet } from './contractHttp.ts';
import type { ContractTarget, CreateContractTarget } from './contractTypes.ts';
import { LIST_JOBS } from './listData.ts';

type Check = (name: string, fn: () => Promise<void>) => void;

const basic = (user: string, password: string) => basicAuthHeader(password, user);

/** The oracle, as VPO's middleware writes it: `max(1, int(retry_after) + 1)` for a wait in seconds. */
const vpoRetryAfter = (waitMs: number): string => String(Math.max(1, Math.trunc(waitMs / 1000) + 1));

/** A group with its own target, created with `config` and closed afterwards. */
function withTarget(createTarget: CreateContractTarget, config: Parameters<CreateContractTarget>[0]) {
  let target: ContractTarget | undefined;
  beforeAll(async () => {
    target = await createTarget(config);
    await target.seed({ jobs: [{ ...LIST_JOBS[0]!, id: contractId(0x800) }] });
  });
  afterAll(async () => {
    await target?.close();
  });
  return () => {
    if (!target) throw new Error('the target did not start');
    return target;
  };
}

/** VPO's optional HTTP Basic auth: 401 + challenge everywhere but /health. */
export function authChecks(
  createTarget: CreateContractTarget,
  token: string,
  check: Check,
  fetchImpl: () => typeof globalThis.fetch,
): void {
  describe('optional Basic auth', () => {
    const target = withTarget(createTarget, { authToken: token });
    const get = createContractGet(() => target().baseUrl, fetchImpl);
    const paths = ['/api/jobs', `/api/v1/jobs/${contractId(0x800)}`, `/api/jobs/${contractId(0x800)}/logs`];
    check('without credentials → 401 with WWW-Authenticate: Basic realm="VPO"', async () => {
      for (const path of paths) {
        const res = await get(path);
        expect(res.status, path).toBe(401);
        expect(res.headers.get('www-authenticate'), path).toBe('Basic realm="VPO"');
      }
    });
    check('the token as password (any user name) passes', async () => {
      for (const user of ['vpo', 'anyone', '']) {
        for (const path of paths)
          expect((await get(path, { Authorization: basic(user, token) })).status, path).toBe(200);
      }
    });
    check('a wrong token or another scheme → 401', async () => {
      for (const header of [basic('vpo', `${token}x`), `Bearer ${token}`, 'Basic !!!']) {
        expect((await get('/api/jobs', { Authorization: header })).status, header).toBe(401);
      }
    });
    check('/health stays open', async () => {
      expect((await get('/health')).status).toBe(200);
    });
  });
}

/**
 * VPO's rate limit on /api/*: 429 RATE_LIMITED with `Retry-After` = `max(1, int(seconds) + 1)` until the oldest
 * request leaves the window (`now - t >= window`); /health exempt. The suite moves the target's limiter clock.
 */
export function rateLimitChecks(
  createTarget: CreateContractTarget,
  limit: { maxRequests: number; windowMs: number },
  check: Check,
  fetchImpl: () => typeof globalThis.fetch,
): void {
  describe('optional rate limit', () => {
    const start = 1_000_000;
    let now = start;
    const target = withTarget(createTarget, { rateLimit: { ...limit, now: () => now } });
    const get = createContractGet(() => target().baseUrl, fetchImpl);
    const expectLimited = async (waitMs: number) => {
      const res = await get('/api/jobs');
      expect(res.status, `${waitMs} ms before a slot frees`).toBe(429);
      expect(res.body).toEqual({
        error: 'Rate limit exceeded. Please wait before retrying.',
        code: 'RATE_LIMITED',
      });
      expect(res.headers.get('retry-after'), `${waitMs} ms before a slot frees`).toBe(vpoRetryAfter(waitMs));
    };
    check(`${limit.maxRequests} reads pass, the next one → 429 with Retry-After`, async () => {
      for (let i = 0; i < limit.maxRequests; i += 1) {
        const path = i % 2 === 0 ? '/api/jobs' : '/api/v1/jobs';
        expect((await get(path)).status, `request ${i + 1}`).toBe(200);
      }
      await expectLimited(limit.windowMs);
    });
    check(
      'Retry-After counts whole seconds until the oldest request leaves the window, plus one',
      async () => {
        now = start + 20_500;
        await expectLimited(limit.windowMs - 20_500);
        now = start + limit.windowMs - 1;
        await expectLimited(1);
      },
    );
    check('a request leaves the window once windowMs have passed; refused ones never counted', async () => {
      now = start + limit.windowMs;
      for (let i = 0; i < limit.maxRequests; i += 1) {
        expect((await get('/api/jobs')).status, `request ${i + 1}`).toBe(200);
      }
      await expectLimited(limit.windowMs);
    });
    check('/health is not limited', async () => {
      expect((await get('/health')).status).toBe(200);
    });
  });
}
