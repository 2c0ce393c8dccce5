/**
 * The Datadog simulator: a real HTTP server (node:http) answering GET /api/v2/usage/hourly_usage and
 * GET /api/v1/usage/summary like Datadog does, over a deterministic {@link DatadogWorld}.
 *
 * Per request, in this order: unknown path -> 404; missing/unknown key pair -> 403 (no rate-limit
 * headers); rate limit per (endpoint, API key) -> 429 once spent; injected fault; validation -> 400;
 * data -> 200. Every answer after authentication carries the `X-RateLimit-*` headers.
 * Control routes (no auth, not logged): GET /_simulator/requests, GET /_simulator/health, and
 * POST /_simulator/faults (a JSON {@link FaultSpec}: injects it) / DELETE /_simulator/faults (clears).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { floorToHour } from '../../../time/utcTime.js';
import { headerValue } from '../../../http/headerValue.js';
import { DATA_DELAY_HOURS } from '../api/usageLimits.js';
import { errorResponse, jsonApiErrorResponse, jsonResponse } from '../../../simulator/apiResponse.js';
import { requireParentOrg } from './requireParentOrg.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { createDatadogWorld } from './datadogWorld.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import { FaultQueue } from '../../../simulator/faultInjector.js';
import type { FaultInjector, FaultSpec, ServedFault } from '../../../simulator/faultInjector.js';
import { getHourlyUsage } from './getHourlyUsage.js';
import { ATTRIBUTION_ENDPOINTS } from './attributionEndpoints.js';
import { COST_ENDPOINTS } from './costEndpoints.js';
import { SUMMARY_ENDPOINTS } from './summaryEndpoints.js';
import { TOP_METRICS_ENDPOINTS } from './topAverageMetricsEndpoints.js';
import type { SimEndpoint } from './simEndpoint.js';
import { getUsageSummary } from './getUsageSummary.js';
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';
import { RateLimiter, checkRateLimitSettings } from '../../../simulator/rateLimiter.js';
import type { RateLimitSettings } from '../../../simulator/rateLimiter.js';
import { MemoryRequestLog, loggableQuery } from '../../../simulator/requestLog.js';
import type { RequestLog } from '../../../simulator/requestLog.js';

/** Startup options; every field has a default. */
export interface SimulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 'meterql'; all data and keys are a pure function of it. */
  seed?: string;
  /** The clock for DATA, floored to the hour; default: current time floored to the hour. */
  now?: Date;
  /** Delay added before each answer; default 0. */
  latencyMs?: number | { min: number; max: number };
  /** The most records one page ever holds, whatever page[limit] asks; default 500. */
  maxPageSize?: number;
  /** Per (endpoint, API key); default { limit: 1000, periodSeconds: 60 }. */
  rateLimit?: { limit: number; periodSeconds: number };
  /** Hours younger than this report partial values; default 72. */
  dataDelayHours?: number;
}

/** Knobs that can change while the simulator runs. */
export type SimulatorKnobs = Partial<
  Pick<SimulatorOptions, 'latencyMs' | 'maxPageSize' | 'rateLimit' | 'dataDelayHours'>
>;

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

  ...TOP_METRICS_ENDPOINTS,
};

interface Knobs {
  latencyMs: number | { min: number; max: number };
  maxPageSize: number;
  rateLimit: RateLimitSettings;
  dataDelayHours: number;
}

function checkKnobs(knobs: SimulatorKnobs): void {
  const { latencyMs, maxPageSize, rateLimit, dataDelayHours } = knobs;
  if (typeof latencyMs === 'number' && !(latencyMs >= 0)) throw new Error(`latencyMs must be >= 0; got ${latencyMs}`);
  if (typeof latencyMs === 'object' && !(latencyMs.min >= 0 && latencyMs.max >= latencyMs.min)) {
    throw new Error(`latencyMs must satisfy 0 <= min <= max; got ${JSON.stringify(latencyMs)}`);
  }
  if (maxPageSize !== undefined && !(Number.isInteger(maxPageSize) && maxPageSize >= 1)) {
    throw new Error(`maxPageSize must be an integer >= 1; got ${maxPageSize}`);
  }
  if (rateLimit !== undefined) checkRateLimitSettings(rateLimit);
  if (dataDelayHours !== undefined && !(dataDelayHours >= 0)) {
    throw new Error(`dataDelayHours must be >= 0; got ${dataDelayHours}`);
  }
}

/** Starts a simulator and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  checkKnobs(options);
  const knobs: Knobs = {
    latencyMs: options.latencyMs ?? 0,
    maxPageSize: options.maxPageSize ?? 500,
    rateLimit: { ...(options.rateLimit ?? { limit: 1000, periodSeconds: 60 }) },
    dataDelayHours: options.dataDelayHours ?? DATA_DELAY_HOURS,
  };
  const seed = options.seed ?? 'meterql';
  const world = createDatadogWorld({
    seed,
    now: floorToHour(options.now ?? new Date()),
    dataDelayHours: () => knobs.dataDelayHours,
  });
  const log = new MemoryRequestLog();
  const faults = new FaultQueue(seed);
  const limiter = new RateLimiter(knobs.rateLimit);
  const latencyKey = hash32(`${seed}|latency`);
  const timers = new Set<NodeJS.Timeout>();

  const latencyFor = (seq: number): number => {
    const l = knobs.latencyMs;
    if (typeof l === 'number') return l;
    return Math.round(l.min + (l.max - l.min) * unitFloat(mix32(latencyKey, seq)));
  };

  const sleep = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        });

  /** The answer to one API request, and the fault (if any) that shapes how it is delivered. */
  const answer = (
    req: IncomingMessage,
    path: string,
    query: URLSearchParams,
    org: SimOrg | undefined,
    seq: number,
  ): { response: ApiResponse; fault?: ServedFault } => {
    const endpoint = ENDPOINTS[path];
    if (!endpoint) return { response: errorResponse(404, 'Not found') };
    if (req.method !== 'GET') return { response: errorResponse(405, 'Method Not Allowed', { Allow: 'GET' }) };
    if (!org) return { response: errorResponse(403, 'Forbidden') };
    const limit = limiter.take(`${endpoint.operationId}|${org.publicId}`, endpoint.rateLimitName, Date.now());
    if (!limit.allowed) return { response: errorResponse(429, 'Too many requests', limit.headers) };
    const fault = faults.take(endpoint.operationId, seq);
    if (fault?.kind === 'status') {
      return { response: { status: fault.status, body: fault.body, headers: { ...limit.headers, ...fault.headers } } };
    }
    if (fault?.kind === 'rateLimit') {
      const headers = {
        ...limit.headers,
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(fault.resetSeconds),
        ...fault.headers,
      };
      return { response: { status: 429, body: fault.body, headers } };
    }
    let response: ApiResponse;
    try {
      if (endpoint.parentOnly) requireParentOrg(org);
      const handled = endpoint.handle({ world, org, query, maxPageSize: knobs.maxPageSize });
      response = { ...handled, headers: { ...limit.headers, ...handled.headers } };
    } catch (error) {
      if (!(error instanceof BadRequestError)) throw error;
      response =
        endpoint.errorStyle === 'jsonapi'
          ? jsonApiErrorResponse(400, error.message, limit.headers)
          : errorResponse(400, error.message, limit.headers);
    }
    if (fault) response = { ...response, headers: { ...response.headers, ...fault.headers } };
    return fault ? { response, fault } : { response };
  };

  /** POST a JSON fault spec to inject it, DELETE to clear every fault. */
  const faultControl = async (req: IncomingMessage): Promise<ApiResponse> => {
    if (req.method === 'DELETE') {
      faults.clear();
      return jsonResponse(200, { cleared: true });
    }
    if (req.method !== 'POST') return errorResponse(405, 'Method Not Allowed', { Allow: 'POST, DELETE' });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const spec = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FaultSpec;
      faults.inject(spec);
      return jsonResponse(200, { injected: spec });
    } catch (error) {
      return errorResponse(400, `A fault must be a JSON FaultSpec: ${(error as Error).message}`);
    }
  };

  const control = (path: string, query: URLSearchParams): ApiResponse => {
    if (path === '/_simulator/health') {
      return jsonResponse(200, {
        status: 'ok',
        seed,
        now: world.now.toISOString(),
        orgs: world.orgs.length,
      });
    }
    if (path === '/_simulator/requests') {
      const status = query.get('status');
      const requests = log.entries({
        ...(query.get('endpoint') ? { endpoint: query.get('endpoint') as string } : {}),
        ...(status ? { status: Number(status) } : {}),
      });
      return jsonResponse(200, { requests });
    }
    return errorResponse(404, 'Not found');
  };

  const send = (res: ServerResponse, response: ApiResponse): void => {
    if (res.destroyed || res.writableEnded) return;
    // Later headers win, whatever the case of their names.
    const merged = new Map<string, [string, string]>();
    const all: Record<string, string> = {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(response.body)),
      ...response.headers,
    };
    for (const [name, value] of Object.entries(all)) merged.set(name.toLowerCase(), [name, value]);
    res.writeHead(response.status, Object.fromEntries(merged.values()));
    res.end(response.body);
  };

  /** Delivers an answer as its fault says: late, never, cut, garbled, or by dropping the connection. */
  const deliver = async (res: ServerResponse, response: ApiResponse, fault: ServedFault | undefined): Promise<void> => {
    switch (fault?.kind) {
      case undefined:
      case 'status':
      case 'rateLimit':
        send(res, response);
        return;
      case 'slow':
        await sleep(fault.delayMs ?? 0);
        send(res, response);
        return;
      case 'timeout':
        // Never answer: the client gives up; stop() closes the socket.
        if (fault.delayMs === null) return;
        await sleep(fault.delayMs);
        send(res, response);
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'malformed':
        send(res, { ...response, body: `${response.body.slice(0, Math.floor(response.body.length / 2))}<!-- 502 -->` });
        return;
      case 'truncated': {
        const cut = response.body.slice(0, Math.floor(response.body.length / 2));
        if (fault.contentLength === 'correct') {
          send(res, { ...response, body: cut });
          return;
        }
        // Announce the whole body, send half, drop the connection.
        if (res.destroyed) return;
        res.writeHead(response.status, {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(response.body)),
        });
        res.write(cut, () => res.socket?.destroy());
        return;
      }
    }
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = new Date();
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    if (path === '/_simulator/faults') {
      send(res, await faultControl(req));
      return;
    }
    if (path.startsWith('/_simulator/')) {
      send(res, control(path, url.searchParams));
      return;
    }
    const seq = log.reserveSeq();
    const apiKey = headerValue(req.headers, 'dd-api-key');
    const appKey = headerValue(req.headers, 'dd-application-key');
    const org = apiKey !== null && appKey !== null ? world.orgByApiKey(apiKey, appKey) : undefined;
    let response: ApiResponse;
    let fault: ServedFault | undefined;
    try {
      ({ response, fault } = answer(req, path, url.searchParams, org, seq));
    } catch {
      response = errorResponse(500, 'Internal Server Error');
    }
    await sleep(latencyFor(seq));
    log.append({
      seq,
      at,
      method: req.method ?? 'GET',
      path,
      endpoint: ENDPOINTS[path]?.operationId ?? 'unknown',
      query: loggableQuery(url.searchParams),
      // A request answered with no HTTP status at all is logged with status 0.
      status: fault?.kind === 'reset' || (fault?.kind === 'timeout' && fault.delayMs === null) ? 0 : response.status,
      orgPublicId: org?.publicId ?? null,
    });
    await deliver(res, response, fault);
  };

  const server = createServer((req, res) => {
    // Only the fault control route reads a body.
    if (!(req.url ?? '').startsWith('/_simulator/faults')) req.resume();
    serve(req, res).catch(() => send(res, errorResponse(500, 'Internal Server Error')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;

  return {
    url: `http://${host}:${address.port}`,
    world,
    log,
    faults,
    configure(changes) {
      checkKnobs(changes);
      if (changes.latencyMs !== undefined) knobs.latencyMs = changes.latencyMs;
      if (changes.maxPageSize !== undefined) knobs.maxPageSize = changes.maxPageSize;
      if (changes.dataDelayHours !== undefined) knobs.dataDelayHours = changes.dataDelayHours;
      if (changes.rateLimit !== undefined) {
        knobs.rateLimit = { ...changes.rateLimit };
        limiter.configure(knobs.rateLimit);
      }
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}
