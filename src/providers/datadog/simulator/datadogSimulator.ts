/**
 * The Datadog simulator: Datadog's Usage Metering API (15 GET endpoints, see {@link ENDPOINTS}) over a
 * deterministic {@link DatadogWorld}, served by the provider-neutral simulator kernel
 * ({@link startSimServer}): hourly usage by product family, the usage summary, hourly and monthly
 * usage attribution and attribution types, historical/estimated/projected costs (and the deprecated
 * cost_by_org), monthly cost attribution, active billing dimensions and the billing-dimension
 * mapping, the billable summary, network flows, and top average metrics.
 *
 * Per request, in this order: unknown path -> 404; other method than GET -> 405; missing/unknown key
 * pair (`DD-API-KEY` + `DD-APPLICATION-KEY`) -> 403 (no rate-limit headers); rate limit per
 * (endpoint, API key) -> 429 once spent; injected fault; parent-only endpoint called with a child
 * org's keys -> 400; validation -> 400 (`{"errors":[msg]}`, or a JSON:API error object where
 * recorded); data -> 200. Every answer after authentication carries the `X-RateLimit-*` headers.
 * Control routes (no auth, not logged): GET /_simulator/requests, GET /_simulator/health, and
 * POST /_simulator/faults (a JSON `FaultSpec`: injects it) / DELETE /_simulator/faults (clears).
 */
import { floorToHour } from '../../../time/utcTime.js';
import { headerValue } from '../../../http/headerValue.js';
import { DATA_DELAY_HOURS } from '../api/usageLimits.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import type { FaultInjector } from '../../../simulator/faultInjector.js';
import type { RateLimitHeaders } from '../../../simulator/rateLimiter.js';
import type { RequestLog } from '../../../simulator/requestLog.js';
import { checkSimServerKnobs, startSimServer, type SimServerKnobs } from '../../../simulator/simServer.js';
import type { SimRoute } from '../../../simulator/simRoute.js';
import { errorResponse, jsonApiErrorResponse } from './errorResponse.js';
import { requireParentOrg } from './requireParentOrg.js';
import { createDatadogWorld } from './datadogWorld.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import { getHourlyUsage } from './getHourlyUsage.js';
import { ATTRIBUTION_ENDPOINTS } from './attributionEndpoints.js';
import { COST_ENDPOINTS } from './costEndpoints.js';
import { SUMMARY_ENDPOINTS } from './summaryEndpoints.js';
import { TOP_AVERAGE_METRICS_ENDPOINTS } from './topAverageMetricsEndpoints.js';
import type { SimEndpoint } from './simEndpoint.js';
import { getUsageSummary } from './getUsageSummary.js';

/** Knobs that can change while the simulator runs (the kernel's latency and rate limit, and Datadog's own). */
export interface SimulatorKnobs extends SimServerKnobs {
  /** The most records one page ever holds, whatever page[limit] asks; default 500. */
  maxPageSize?: number;
  /** Hours younger than this report partial values; default 72. */
  dataDelayHours?: number;
}

/** Startup options; every field has a default (latency 0, rate limit 1000 per 60 s per endpoint and API key). */
export interface SimulatorOptions extends SimulatorKnobs {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 'meterql'; all data and keys are a pure function of it. */
  seed?: string;
  /** The clock for DATA, floored to the hour; default: current time floored to the hour. */
  now?: Date;
}

/** A running simulator. */
export interface Simulator {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43211. */
  readonly url: string;
  readonly world: DatadogWorld;
  readonly log: RequestLog;
  readonly faults: FaultInjector;
  /** Changes live knobs; changing `rateLimit` resets every budget. */
  configure(knobs: SimulatorKnobs): void;
  /** Closes the server and all keep-alive sockets promptly. */
  stop(): Promise<void>;
}

/** Every simulated upstream endpoint, by path. */
export const ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  '/api/v2/usage/hourly_usage': {
    operationId: 'GetHourlyUsage',
    rateLimitName: 'usage_metering_hourly_usage',
    handle: getHourlyUsage,
  },
  '/api/v1/usage/summary': {
    operationId: 'GetUsageSummary',
    parentOnly: true,
    rateLimitName: 'usage_metering_summary',
    handle: getUsageSummary,
  },

  ...ATTRIBUTION_ENDPOINTS,

  ...COST_ENDPOINTS,

  ...SUMMARY_ENDPOINTS,

  ...TOP_AVERAGE_METRICS_ENDPOINTS,
};

/** Datadog's rate-limit headers; the reset is in seconds until the period ends. */
const RATE_LIMIT_HEADERS: RateLimitHeaders = {
  limit: 'X-RateLimit-Limit',
  period: 'X-RateLimit-Period',
  remaining: 'X-RateLimit-Remaining',
  reset: 'X-RateLimit-Reset',
  name: 'X-RateLimit-Name',
  resetAs: 'secondsUntil',
};

/** A kernel route serving one of {@link ENDPOINTS}. */
interface DatadogRoute extends SimRoute<SimOrg> {
  endpoint: SimEndpoint;
}

/** Datadog's error answer: `{"errors":[msg]}`, or a JSON:API error object for the 400s of endpoints recorded so. */
function datadogErrorResponse(status: number, message: string, route: DatadogRoute | undefined): ApiResponse {
  return status === 400 && route?.endpoint.errorStyle === 'jsonapi'
    ? jsonApiErrorResponse(status, message)
    : errorResponse(status, message);
}

function checkKnobs(knobs: SimulatorKnobs): void {
  const { maxPageSize, dataDelayHours } = knobs;
  checkSimServerKnobs(knobs);
  if (maxPageSize !== undefined && !(Number.isInteger(maxPageSize) && maxPageSize >= 1)) {
    throw new Error(`maxPageSize must be an integer >= 1; got ${maxPageSize}`);
  }
  if (dataDelayHours !== undefined && !(dataDelayHours >= 0)) {
    throw new Error(`dataDelayHours must be >= 0; got ${dataDelayHours}`);
  }
}

/** Starts a Datadog simulator and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  checkKnobs(options);
  const knobs = {
    maxPageSize: options.maxPageSize ?? 500,
    dataDelayHours: options.dataDelayHours ?? DATA_DELAY_HOURS,
  };
  const seed = options.seed ?? 'meterql';
  const world = createDatadogWorld({
    seed,
    now: floorToHour(options.now ?? new Date()),
    dataDelayHours: () => knobs.dataDelayHours,
  });
  const routes = Object.entries(ENDPOINTS).map(([path, endpoint]): DatadogRoute => ({
    method: 'GET',
    path,
    operationId: endpoint.operationId,
    rateLimitName: endpoint.rateLimitName,
    endpoint,
    handle: ({ principal, query }) => endpoint.handle({ world, org: principal, query, maxPageSize: knobs.maxPageSize }),
  }));
  const server = await startSimServer<SimOrg, DatadogRoute>({
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    seed,
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit ?? { limit: 1000, periodSeconds: 60 },
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    routes,
    authenticate(headers) {
      const apiKey = headerValue(headers, 'dd-api-key');
      const appKey = headerValue(headers, 'dd-application-key');
      const org = apiKey && appKey ? world.orgByApiKey(apiKey, appKey) : undefined;
      return org ? { principal: org, publicId: org.publicId } : { rejection: errorResponse(403, 'Forbidden') };
    },
    // Datadog checks the org before any parameter.
    precheck(route, { principal }) {
      if (route.endpoint.parentOnly) requireParentOrg(principal);
      return undefined;
    },
    errorResponse: datadogErrorResponse,
    health: () => ({ seed, now: world.now.toISOString(), orgs: world.orgs.length }),
  });

  return {
    url: server.url,
    world,
    log: server.log,
    faults: server.faults,
    configure(changes) {
      // Every knob is checked before any changes: a bad one leaves them all as they were.
      checkKnobs(changes);
      server.configure(changes);
      if (changes.maxPageSize !== undefined) knobs.maxPageSize = changes.maxPageSize;
      if (changes.dataDelayHours !== undefined) knobs.dataDelayHours = changes.dataDelayHours;
    },
    stop: () => server.stop(),
  };
}
