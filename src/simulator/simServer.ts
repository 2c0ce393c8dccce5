/**
 * The provider-neutral simulator kernel: a real HTTP server (node:http) that serves a provider's
 * routes over its world. The provider supplies the routes, how credentials are checked, its error
 * body shapes, optional pre-checks, its rate-limit header names and health details; the kernel owns
 * everything else.
 *
 * Per API request, in this order: unknown path -> 404; known path, other method -> 405 (with
 * `Allow`); body over `maxBodyBytes` -> 413; credentials rejected -> the provider's rejection (no
 * rate-limit headers); rate limit per (endpoint, principal) -> 429 once spent; injected fault; the
 * provider's pre-check; a body that is not JSON -> 400; the handler (its validation -> 400). Every
 * answer after authentication carries the rate-limit headers. A handler that throws anything but a
 * {@link BadRequestError} answers 500. Each request is logged with its principal, after the
 * configured latency.
 *
 * Control routes (no auth, not logged): GET /_simulator/requests (the log; `?endpoint=` and
 * `?status=` filter it), GET /_simulator/health (`status: ok` and the provider's details), and
 * POST /_simulator/faults (a JSON {@link FaultSpec}: injects it) / DELETE /_simulator/faults (clears).
 */
import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson } from '../json/losslessJson.js';
import { BadRequestError, jsonResponse, type ApiResponse } from './apiResponse.js';
import { deliverResponse, sendResponse } from './deliverResponse.js';
import { FaultQueue, type FaultInjector, type FaultSpec, type ServedFault } from './faultInjector.js';
import { hash32, mix32, unitFloat } from './hashing.js';
import { RateLimiter, checkRateLimitSettings } from './rateLimiter.js';
import type { RateLimitHeaders, RateLimitSettings } from './rateLimiter.js';
import { readBody, type BodyRead } from '../http/readBody.js';
import { MemoryRequestLog, loggableBody, loggableQuery, type RequestLog } from './requestLog.js';
import { RouteTable, type RouteMatch } from './routeTable.js';
import type { SimRequest, SimRoute } from './simRoute.js';

/** A fixed delay, or one drawn per request from [min, max] by the seed and the request's sequence number. */
export type Latency = number | { min: number; max: number };

/** What the provider's credential check concludes: who is calling, or the answer that turns them away. */
export type Authentication<P> =
  | {
      principal: P;
      /** The principal's public id: its rate-limit buckets and its request-log entries use it. */
      publicId: string;
    }
  | { rejection: ApiResponse };

/** A provider's simulator, as the kernel serves it. Every field without a default is required. */
export interface SimServerOptions<P, R extends SimRoute<P>> {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Drives the latency draws and the `share` of faults. */
  seed: string;
  /** Delay added before each answer; default 0. */
  latencyMs?: Latency;
  /** Per (endpoint, principal). */
  rateLimit: RateLimitSettings;
  /** The provider's rate-limit header names and reset representation. */
  rateLimitHeaders: RateLimitHeaders;
  /** The largest request body read; larger ones answer 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Every endpoint; the first route matching a request's method and path serves it. */
  routes: readonly R[];
  /** Checks the credentials in the request headers (called for every API request, even to unknown paths). */
  authenticate(headers: IncomingHttpHeaders): Authentication<P>;
  /**
   * Runs after the fault check and before the body is judged and the handler runs: an answer to send
   * instead (e.g. a 403 for a namespace the principal may not see), or undefined to go on. May throw
   * {@link BadRequestError} for a 400. `request.body` is undefined when the body is not JSON.
   */
  precheck?(route: R, request: SimRequest<P>): ApiResponse | undefined;
  /**
   * The provider's error answer for `status` (400, 404, 405, 413, 429, 500): `message` is the
   * kernel's reason (the validation message for a 400), `route` the endpoint the path names, if any.
   * The kernel adds the `Allow` and rate-limit headers.
   */
  errorResponse(status: number, message: string, route: R | undefined): ApiResponse;
  /** Extra fields of the /_simulator/health answer. */
  health?(): Record<string, unknown>;
}

/** Knobs that can change while the server runs. */
export interface SimServerKnobs {
  latencyMs?: Latency;
  rateLimit?: RateLimitSettings;
}

/** A running simulator server. */
export interface SimServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43211. */
  readonly url: string;
  readonly log: RequestLog;
  readonly faults: FaultInjector;
  /** Changes live knobs (all or none: invalid knobs throw before any changes); a new `rateLimit` resets every budget. */
  configure(knobs: SimServerKnobs): void;
  /** Closes the server and all keep-alive sockets promptly; requests in flight get no answer. */
  stop(): Promise<void>;
}

/** Methods whose requests carry no body the kernel reads. */
const BODYLESS = new Set(['GET', 'HEAD']);

/** The largest fault spec the control route reads. */
const MAX_FAULT_BYTES = 64 * 1024;

/** Throws unless the knobs are usable; names the knob and the value. */
export function checkSimServerKnobs(knobs: SimServerKnobs): void {
  const { latencyMs, rateLimit } = knobs;
  if (typeof latencyMs === 'number' && !(latencyMs >= 0)) throw new Error(`latencyMs must be >= 0; got ${latencyMs}`);
  if (typeof latencyMs === 'object' && !(latencyMs.min >= 0 && latencyMs.max >= latencyMs.min)) {
    throw new Error(`latencyMs must satisfy 0 <= min <= max; got ${JSON.stringify(latencyMs)}`);
  }
  if (rateLimit !== undefined) checkRateLimitSettings(rateLimit);
}

/** The body of a request, as far as the kernel judged it before the handler. */
type Body =
  { kind: 'none' } | { kind: 'tooLarge' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; message: string };

function judgeBody(read: BodyRead): Body {
  if (read.tooLarge) return { kind: 'tooLarge' };
  const text = read.bytes.toString('utf8');
  if (text.trim() === '') return { kind: 'none' };
  try {
    return { kind: 'json', value: parseJson(text) };
  } catch (error) {
    return {
      kind: 'invalid',
      message: `The request body must be JSON; got a body that is not: ${(error as Error).message}`,
    };
  }
}

/** Adds `headers` under the answer's own. */
function withHeaders(response: ApiResponse, headers: Record<string, string>): ApiResponse {
  return { ...response, headers: { ...headers, ...response.headers } };
}

/** Starts a provider's simulator server and resolves once it listens. */
export async function startSimServer<P, R extends SimRoute<P>>(options: SimServerOptions<P, R>): Promise<SimServer> {
  checkSimServerKnobs(options);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes >= 0)) {
    throw new Error(`maxBodyBytes must be an integer >= 0; got ${maxBodyBytes}`);
  }
  const routes = new RouteTable(options.routes);
  const { seed } = options;
  let latency: Latency = options.latencyMs ?? 0;
  const log = new MemoryRequestLog();
  const faults = new FaultQueue(seed);
  const limiter = new RateLimiter(options.rateLimit, options.rateLimitHeaders);
  const latencyKey = hash32(`${seed}|latency`);
  const timers = new Set<NodeJS.Timeout>();
  const error = (status: number, message: string, route?: R): ApiResponse =>
    options.errorResponse(status, message, route);

  const latencyFor = (seq: number): number => {
    const l = latency;
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
    match: RouteMatch<R>,
    query: URLSearchParams,
    body: Body,
    auth: Authentication<P>,
    seq: number,
  ): { response: ApiResponse; fault?: ServedFault } => {
    if (match.kind === 'none') return { response: error(404, 'Not found') };
    const { route } = match;
    if (match.kind === 'wrongMethod') {
      return { response: withHeaders(error(405, 'Method Not Allowed', route), { Allow: match.allow.join(', ') }) };
    }
    if (body.kind === 'tooLarge') {
      return {
        response: error(413, `The request body must be at most ${maxBodyBytes} bytes; got a larger one`, route),
      };
    }
    if ('rejection' in auth) return { response: auth.rejection };
    const nowMs = Date.now();
    const limit = limiter.take(`${route.operationId}|${auth.publicId}`, route.rateLimitName, nowMs);
    if (!limit.allowed) return { response: withHeaders(error(429, 'Too many requests', route), limit.headers) };
    const fault = faults.take(route.operationId, seq);
    if (fault?.kind === 'status') {
      const faultBody = fault.body ?? error(fault.status, STATUS_CODES[fault.status] ?? 'Error', route).body;
      return { response: { status: fault.status, body: faultBody, headers: { ...limit.headers, ...fault.headers } } };
    }
    if (fault?.kind === 'rateLimit') {
      const headers = { ...limit.headers, ...limiter.spentHeaders(fault.resetSeconds, nowMs), ...fault.headers };
      const faultBody = fault.body ?? error(429, 'Too many requests', route).body;
      return { response: { status: 429, body: faultBody, headers } };
    }
    let response: ApiResponse;
    try {
      const request: SimRequest<P> = {
        principal: auth.principal,
        query,
        params: match.params,
        body: body.kind === 'json' ? body.value : undefined,
        headers: req.headers,
      };
      const early = options.precheck?.(route, request);
      if (early) {
        response = withHeaders(early, limit.headers);
      } else {
        if (body.kind === 'invalid') throw new BadRequestError(body.message);
        response = withHeaders(route.handle(request), limit.headers);
      }
    } catch (thrown) {
      if (!(thrown instanceof BadRequestError)) throw thrown;
      response = withHeaders(error(400, thrown.message, route), limit.headers);
    }
    if (fault) response = { ...response, headers: { ...response.headers, ...fault.headers } };
    return fault ? { response, fault } : { response };
  };

  /** POST a JSON fault spec to inject it, DELETE to clear every fault. */
  const faultControl = async (req: IncomingMessage): Promise<ApiResponse> => {
    if (req.method === 'DELETE') {
      req.resume();
      faults.clear();
      return jsonResponse(200, { cleared: true });
    }
    if (req.method !== 'POST') {
      req.resume();
      return withHeaders(error(405, 'Method Not Allowed'), { Allow: 'POST, DELETE' });
    }
    const read = await readBody(req, MAX_FAULT_BYTES);
    if (read.tooLarge) return error(413, `A fault must be at most ${MAX_FAULT_BYTES} bytes; got a larger one`);
    try {
      const spec = JSON.parse(read.bytes.toString('utf8')) as FaultSpec;
      faults.inject(spec);
      return jsonResponse(200, { injected: spec });
    } catch (thrown) {
      return error(400, `A fault must be a JSON FaultSpec: ${(thrown as Error).message}`);
    }
  };

  const control = (path: string, query: URLSearchParams): ApiResponse => {
    if (path === '/_simulator/health') return jsonResponse(200, { status: 'ok', ...options.health?.() });
    if (path === '/_simulator/requests') {
      const status = query.get('status');
      const requests = log.entries({
        ...(query.get('endpoint') ? { endpoint: query.get('endpoint') as string } : {}),
        ...(status ? { status: Number(status) } : {}),
      });
      return jsonResponse(200, { requests });
    }
    return error(404, 'Not found');
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = new Date();
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    if (path === '/_simulator/faults') {
      sendResponse(res, await faultControl(req));
      return;
    }
    if (path.startsWith('/_simulator/')) {
      req.resume();
      sendResponse(res, control(path, url.searchParams));
      return;
    }
    const method = req.method ?? 'GET';
    const match = routes.match(method, path);
    const readsBody = match.kind === 'route' && !BODYLESS.has(method);
    if (!readsBody) req.resume();
    const seq = log.reserveSeq();
    const body: Body = readsBody ? judgeBody(await readBody(req, maxBodyBytes)) : { kind: 'none' };
    let auth: Authentication<P> | undefined;
    let response: ApiResponse;
    let fault: ServedFault | undefined;
    try {
      auth = options.authenticate(req.headers);
      ({ response, fault } = answer(req, match, url.searchParams, body, auth, seq));
    } catch {
      response = error(500, 'Internal Server Error');
    }
    await sleep(latencyFor(seq));
    log.append({
      seq,
      at,
      method,
      path,
      endpoint: match.kind === 'none' ? 'unknown' : match.route.operationId,
      query: loggableQuery(url.searchParams),
      ...(body.kind === 'json' ? { body: loggableBody(body.value) } : {}),
      // A request answered with no HTTP status at all is logged with status 0.
      status: fault?.kind === 'reset' || (fault?.kind === 'timeout' && fault.delayMs === null) ? 0 : response.status,
      orgPublicId: auth && 'publicId' in auth ? auth.publicId : null,
    });
    await deliverResponse(res, response, fault, sleep);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch(() => sendResponse(res, error(500, 'Internal Server Error')));
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
    log,
    faults,
    configure(changes) {
      checkSimServerKnobs(changes);
      if (changes.latencyMs !== undefined) latency = changes.latencyMs;
      if (changes.rateLimit !== undefined) limiter.configure(changes.rateLimit);
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
