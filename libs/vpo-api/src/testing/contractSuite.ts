import { afterAll, beforeAll, describe } from 'vitest';
import { actionChecks } from './contract/actionChecks.ts';
import { cachingChecks } from './contract/cachingChecks.ts';
import { registerCheck, type ContractContext, type FailFastState } from './contract/contractContext.ts';
import { createContractGet } from './contract/contractHttp.ts';
import type { ContractSuiteOptions, ContractTarget, CreateContractTarget } from './contract/contractTypes.ts';
import { detailChecks } from './contract/detailChecks.ts';
import { listFilterChecks } from './contract/listFilterChecks.ts';
import { listOrderChecks } from './contract/listOrderChecks.ts';
import { listShapeChecks } from './contract/listShapeChecks.ts';
import { logChecks } from './contract/logChecks.ts';
import { authChecks, rateLimitChecks } from './contract/optionalChecks.ts';
import { routeChecks } from './contract/routeChecks.ts';
import { searchChecks } from './contract/searchChecks.ts';

export type {
  ContractSuiteOptions,
  ContractTarget,
  ContractTargetConfig,
  CreateContractTarget,
} from './contract/contractTypes.ts';

/**
 * The one contract suite of VPO's jobs API, run against any server — the msw fake here, the real server in
 * apps/server. Every rule of VPO_API.md is a check: list filters, sort, paging and their exact 400s, unknown
 * parameters, the detail fields and summaries, logs paging, the errors route, /health, the /api/v1 mirror and
 * our ETag/304/no-cache extension. Auth and rate limiting (unspecified in VPO's defaults) run only when asked
 * for in `options`.
 *
 * The target is created once for the main groups (`createTarget({})`) and once per opt-in group; each check
 * seeds the data it needs, so checks do not depend on each other. With `failFast` (default) the first
 * divergence fails its check and the rest are skipped.
 *
 * @example
 * describeJobsApiContract('fastify server', async () => {
 *   const server = await startServer({ port: 0 });
 *   return { baseUrl: server.url, seed: …, updateJob: …, deleteJob: …, appendLog: …, close: () => server.close() };
 * });
 */
export function describeJobsApiContract(
  name: string,
  createTarget: CreateContractTarget,
  options: ContractSuiteOptions = {},
): void {
  const state: FailFastState = { enabled: options.failFast ?? true, failedAt: null };
  const check = registerCheck(state);
  const fetchImpl = () => options.fetch ?? globalThis.fetch;

  describe(`VPO jobs API contract: ${name}`, () => {
    let target: ContractTarget | undefined;
    beforeAll(async () => {
      target = await createTarget({});
    });
    afterAll(async () => {
      await target?.close();
    });
    const ctx: ContractContext = {
      target: () => {
        if (!target) throw new Error('the target did not start');
        return target;
      },
      get: createContractGet(() => ctx.target().baseUrl.replace(/\/+$/, ''), fetchImpl),
      check,
    };

    listShapeChecks(ctx);
    listFilterChecks(ctx);
    searchChecks(ctx);
    listOrderChecks(ctx);
    detailChecks(ctx);
    logChecks(ctx);
    routeChecks(ctx);
    cachingChecks(ctx);

    if (options.actions) actionChecks(createTarget, check, fetchImpl);
    if (options.auth) authChecks(createTarget, options.auth.token, check, fetchImpl);
    if (options.rateLimit) {
      const limit = {
        maxRequests: options.rateLimit.maxRequests,
        windowMs: options.rateLimit.windowMs ?? 60_000,
      };
      rateLimitChecks(createTarget, limit, check, fetchImpl);
    }
  });
}
