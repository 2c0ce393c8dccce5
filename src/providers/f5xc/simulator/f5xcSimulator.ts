/**
 * The F5 Distributed Cloud simulator: the four usage operations meterql reads (see {@link ENDPOINTS})
 * over a deterministic {@link F5xcWorld}, served by the provider-neutral simulator kernel
 * ({@link startSimServer}).
 *
 * Per request, in this order: unknown path -> 404; other method than POST -> 405; missing or unknown
 * `Authorization: APIToken <token>` -> 401 (no rate-limit headers); rate limit per (operation,
 * token) -> 429 once spent, with `X-RateLimit-*`; injected fault; a namespace the tenant lacks -> 404,
 * one the token may not read -> 403; a body that is not a JSON object, or whose `namespace` is not
 * the path's -> 400; data -> 200. Every error body is a JSON string, as the published spec types it.
 * Control routes (no auth, not logged): GET /_simulator/requests, GET /_simulator/health, and
 * POST /_simulator/faults (a JSON `FaultSpec`: injects it) / DELETE /_simulator/faults (clears).
 */
import { headerValue } from '../../../http/headerValue.js';
import { BadRequestError, type ApiResponse } from '../../../simulator/apiResponse.js';
import type { ProviderSimulator, ProviderSimulatorOptions } from '../../../simulator/providerSimulator.js';
import type { RateLimitHeaders } from '../../../simulator/rateLimiter.js';
import { startSimServer, type SimServerKnobs } from '../../../simulator/simServer.js';
import type { SimRequest, SimRoute } from '../../../simulator/simRoute.js';
import { F5XC_RATE_LIMIT_HEADERS, tokenOfAuthorization } from '../api/f5xcHeaders.js';
import { F5XC_PATHS, SYSTEM_NAMESPACE, type F5xcOperation } from '../api/f5xcPaths.js';
import { errorResponse } from './errorResponse.js';
import { createF5xcWorld, type F5xcWorld, type SimPrincipal } from './f5xcWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { listCurrentUsage } from './listCurrentUsage.js';
import { listHourlyUsageDetails } from './listHourlyUsageDetails.js';
import { listMonthlyUsage } from './listMonthlyUsage.js';
import { listUsageDetails } from './listUsageDetails.js';

/** Knobs that can change while the simulator runs: the kernel's latency and rate limit. */
export type SimulatorKnobs = SimServerKnobs;

/** Startup options; every field has a default. */
export type SimulatorOptions = ProviderSimulatorOptions;

/** A running simulator. */
export type Simulator = ProviderSimulator<F5xcWorld>;

/** Every simulated operation (POST), by the short name of F5's operationId. */
export const ENDPOINTS: Readonly<Record<F5xcOperation, (ctx: HandlerContext) => ApiResponse>> = {
  ListUsageDetails: listUsageDetails,
  ListHourlyUsageDetails: listHourlyUsageDetails,
  ListMonthlyUsage: listMonthlyUsage,
  ListCurrentUsage: listCurrentUsage,
};

const RATE_LIMIT_HEADERS: RateLimitHeaders = { ...F5XC_RATE_LIMIT_HEADERS, resetAs: 'secondsUntil' };

/** The default budget: per operation and token, far above what any real caller sends. */
const DEFAULT_RATE_LIMIT = { limit: 100_000, periodSeconds: 3600 };

/** Whether `principal` may read `namespace`. */
function mayRead(principal: SimPrincipal, namespace: string): boolean {
  return principal.namespaces === 'all' || (namespace !== SYSTEM_NAMESPACE && principal.namespaces.includes(namespace));
}

/** The request body as an object; 400 for JSON that is not one, or whose `namespace` is not the path's. */
function bodyOf(request: SimRequest<SimPrincipal>, namespace: string): Record<string, unknown> {
  const body = request.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('The request body must be a JSON object');
  }
  const record = body as Record<string, unknown>;
  const named = record.namespace;
  if (named !== undefined && named !== null && named !== '' && named !== namespace) {
    throw new BadRequestError(`The body's namespace must be the path's '${namespace}', got ${JSON.stringify(named)}`);
  }
  return record;
}

/** Starts an F5 Distributed Cloud simulator and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 'meterql';
  const world = createF5xcWorld(seed, options.now ?? new Date());
  const routes = (Object.keys(F5XC_PATHS) as F5xcOperation[]).map((operation): SimRoute<SimPrincipal> => ({
    method: 'POST',
    path: F5XC_PATHS[operation],
    operationId: operation,
    rateLimitName: operation,
    handle: (request) => {
      const namespace = request.params.namespace as string;
      return ENDPOINTS[operation]({
        world,
        principal: request.principal,
        namespace,
        body: bodyOf(request, namespace),
      });
    },
  }));
  const server = await startSimServer<SimPrincipal, SimRoute<SimPrincipal>>({
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    seed,
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    routes,
    authenticate(headers) {
      const value = headerValue(headers, 'authorization');
      const token = value === null ? null : tokenOfAuthorization(value);
      const principal = token === null ? undefined : world.principalByToken(token);
      return principal
        ? { principal, publicId: principal.id }
        : { rejection: errorResponse(401, 'send a valid API token as Authorization: APIToken <token>') };
    },
    precheck(_route, request) {
      const namespace = request.params.namespace as string;
      if (!world.hasNamespace(namespace)) {
        return errorResponse(404, `namespace '${namespace}' does not exist in tenant ${world.tenant}`);
      }
      if (!mayRead(request.principal, namespace)) {
        return errorResponse(403, `the API token may not read namespace '${namespace}'`);
      }
      return undefined;
    },
    errorResponse: (status, message) => errorResponse(status, message),
    health: () => ({ seed, now: world.now.toISOString(), tenant: world.tenant }),
  });

  return { ...server, world };
}
