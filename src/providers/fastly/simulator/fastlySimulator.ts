/**
 * The Fastly simulator: the parts of Fastly's API meterql reads (billing usage metrics, service-level
 * usage, end-of-month and month-to-date invoices, the current customer; see {@link ENDPOINTS}) over a
 * deterministic {@link FastlyWorld}, served by the provider-neutral simulator kernel
 * ({@link startSimServer}).
 *
 * Per request, in this order: unknown path -> 404; other method than GET -> 405; missing or unknown
 * `Fastly-Key` -> 401 (no rate-limit headers); rate limit per (endpoint, customer) -> 429 once spent;
 * injected fault; validation -> 400; data -> 200 (or 404 for an invoice the customer does not have).
 * Every error body is Fastly's `{type, title, code, status}`. Every answer after authentication
 * carries `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset` (Unix time in seconds). Real
 * Fastly does not count reads against its budget; the simulator's budget (default 100000 an hour per
 * endpoint and customer, so no realistic caller meets it) exists so tests can exercise 429.
 * Control routes (no auth, not logged): GET /_simulator/requests, GET /_simulator/health, and
 * POST /_simulator/faults (a JSON `FaultSpec`: injects it) / DELETE /_simulator/faults (clears).
 */
import { headerValue } from '../../../http/headerValue.js';
import type { ProviderSimulator, ProviderSimulatorOptions } from '../../../simulator/providerSimulator.js';
import type { RateLimitHeaders } from '../../../simulator/rateLimiter.js';
import { startSimServer, type SimServerKnobs } from '../../../simulator/simServer.js';
import type { SimRoute } from '../../../simulator/simRoute.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { FASTLY_RATE_LIMIT_HEADERS } from '../api/fastlyHeaders.js';
import { FASTLY_PATHS, type FastlyOperation } from '../api/fastlyPaths.js';
import { errorResponse } from './errorResponse.js';
import { createFastlyWorld, type FastlyWorld, type SimCustomer } from './fastlyWorld.js';
import { getInvoiceByInvoiceId } from './getInvoiceByInvoiceId.js';
import { getLoggedInCustomer } from './getLoggedInCustomer.js';
import { getMonthToDateInvoice } from './getMonthToDateInvoice.js';
import { getServiceLevelUsage } from './getServiceLevelUsage.js';
import { getUsageMetrics } from './getUsageMetrics.js';
import type { HandlerContext } from './handlerContext.js';
import { listInvoices } from './listInvoices.js';

/** Knobs that can change while the simulator runs: the kernel's latency and rate limit. */
export type SimulatorKnobs = SimServerKnobs;

/** Startup options; every field has a default. */
export type SimulatorOptions = ProviderSimulatorOptions;

/** A running simulator. */
export type Simulator = ProviderSimulator<FastlyWorld>;

/** Every simulated endpoint (GET), by the official client's operation name. */
export const ENDPOINTS: Readonly<Record<FastlyOperation, (ctx: HandlerContext) => ApiResponse>> = {
  getUsageMetrics,
  getServiceLevelUsage,
  listInvoices,
  getMonthToDateInvoice,
  getInvoiceByInvoiceId,
  getLoggedInCustomer,
};

/** Fastly's rate-limit headers; the reset is Unix time in seconds. */
const RATE_LIMIT_HEADERS: RateLimitHeaders = { ...FASTLY_RATE_LIMIT_HEADERS, resetAs: 'epochSeconds' };

/** The default budget: per endpoint and customer, far above what any real caller sends. */
const DEFAULT_RATE_LIMIT = { limit: 100_000, periodSeconds: 3600 };

/** Starts a Fastly simulator and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 'meterql';
  const world = createFastlyWorld(seed, options.now ?? new Date());
  // Paths in FASTLY_PATHS order: month-to-date comes before {invoice_id}, and the first match serves.
  const routes = (Object.keys(FASTLY_PATHS) as FastlyOperation[]).map((operation): SimRoute<SimCustomer> => ({
    method: 'GET',
    path: FASTLY_PATHS[operation],
    operationId: operation,
    rateLimitName: operation,
    handle: ({ principal, query, params }) => ENDPOINTS[operation]({ world, customer: principal, query, params }),
  }));
  const server = await startSimServer<SimCustomer, SimRoute<SimCustomer>>({
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    seed,
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    routes,
    authenticate(headers) {
      const token = headerValue(headers, 'fastly-key');
      const customer = token === null ? undefined : world.customerByToken(token);
      return customer
        ? { principal: customer, publicId: customer.id }
        : { rejection: errorResponse(401, 'Provided credentials are missing or invalid') };
    },
    errorResponse: (status, message) => errorResponse(status, message),
    health: () => ({ seed, now: world.now.toISOString(), customers: world.customers.length }),
  });

  return { ...server, world };
}
