import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { headerValue } from '../http/headerValue.js';
import { readBody } from '../http/readBody.js';
import { answerTooLarge } from '../http/answerTooLarge.js';
import { HttpEdge } from '../security/httpEdge.js';
import { applyHttpServerLimits, httpServerOptions } from '../http/httpServerLimits.js';
import { knownOperationTypesRule } from '../graphql/knownOperationTypesRule.js';
import {
  bypassesCache,
  operationTrace,
  createContext,
  type ConnectedProvider,
  type ContextDeps,
  type GatewayContext,
} from './context.js';
import type { Provider, ProviderConnection } from './provider.js';
import { createFormatError } from '../graphql/formatError.js';
import { gatewayFieldSpecs, gatewayResolvers } from '../graphql/resolvers.js';
import { nodeTypesOf } from '../graphql/resolveNode.js';
import { readTypeDefs } from '../graphql/readTypeDefs.js';
import { withSdlScalarDescriptions } from '../graphql/withSdlScalarDescriptions.js';
import { MAX_UPSTREAM_FIELDS, operationPlanPlugin } from '../plugins/operationPlanPlugin.js';
import { operationReportPlugin, reportOperation } from '../plugins/operationReportPlugin.js';
import { MemoryResponseCache } from '../responseCache/memoryResponseCache.js';
import type { ResponseCacheStatus } from '../responseCache/operationTrace.js';
import type { ResponseCache } from '../responseCache/responseCache.js';
import { ifNoneMatchMatches, ResponseCacheFront } from '../responseCache/responseCacheFront.js';
import { responseCacheIdentity } from '../responseCache/responseCacheKey.js';
import { createUpstreamHttp } from '../upstream/http.js';
import { compiledExecutionGateway } from '../execution/compiledExecutionGateway.js';
import { NOOP_UPSTREAM_OBSERVER } from '../upstream/upstreamObserver.js';
import { createGatewayMetrics, type GatewayMetrics } from '../metrics/gatewayMetrics.js';
import type { RenderedMetrics } from '../metrics/clusterMetrics.js';
import type { Registry } from 'prom-client';
import { graphiqlHtml, serveGraphiqlAsset, wantsGraphiql, type GraphiqlExample } from './graphiqlPage.js';
import { serveExplorer } from './explorerRoute.js';
import { assertAuthForHost } from '../security/authConfig.js';
import { createAuthenticator, METRICS_REJECTION, sendAuthRejection } from '../security/createAuthenticator.js';
import type { Caller } from '../security/caller.js';
import { ClientLimits } from '../security/clientLimits.js';
import { queryShapeGuards } from '../security/queryShapeGuards.js';
import { responseSizeCapPlugin, SerializedAnswers } from '../security/responseSizeCapPlugin.js';
import { ErrorCode } from '../errors.js';
import { EXPORT_PREFIX, handleExport } from '../export/exportRoute.js';
import { exportViews } from '../export/exportViews.js';
import { FOCUS_EXAMPLE_QUERY, focusExampleVariables } from '../focus/focusExample.js';

/** A running gateway. */
export interface Gateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The providers it runs with and how each is reached (the embedded simulators among them). */
  providers: ReadonlyArray<{ name: string; connection: ProviderConnection }>;
  /** The gateway's Prometheus metrics (also served at `/metrics` unless disabled). */
  metrics: GatewayMetrics;
  /** True once Apollo has started and until shutdown begins (what `/readyz` reports). */
  readonly ready: boolean;
  /**
   * Graceful shutdown: reports not ready, stops accepting connections, lets in-flight requests
   * finish (at most `config.drainTimeoutMs`, then cuts what is left), then closes upstream pools and
   * the simulator. Resolves with whether every in-flight request finished in time.
   */
  stop(): Promise<boolean>;
}

export interface GatewayOptions {
  /** The providers to serve (the registry's `PROVIDERS`), each with its entry in `config.providers`. */
  providers: readonly Provider[];
  /** Defaults to a pino logger at `config.logLevel` on stdout. */
  logger?: Logger;
  /**
   * The gateway's clock: each operation's "now" and the response cache's freshness and ages are
   * read from it (upstream timeouts, deadlines and pacing keep the real clock). Defaults to the real
   * clock; tests pass one they can move.
   */
  now?: () => Date;
  /**
   * Where whole responses are kept, replacing the in-memory default of
   * `config.responseCache.maxBytes` (a shared store). Unused when that bound is 0.
   */
  responseCache?: ResponseCache;
  /**
   * In a cluster worker (`METERQL_WORKERS` > 1), by provider name: the hand-off of the simulator the
   * primary runs for all workers (`Provider.startSharedSimulator`), passed to the provider's `connect`.
   */
  sharedSimulators?: Readonly<Record<string, unknown>>;
  /**
   * What `/metrics` serves, given this gateway's registry (called once, at start-up). Defaults to that
   * registry alone; a cluster worker registers it with the primary and serves the sum over workers.
   */
  metricsSource?: (registry: Registry) => () => Promise<RenderedMetrics>;
}

const GRAPHQL_PATH = '/graphql';
/**
 * The URL of every request to exactly GRAPHQL_PATH (each POST), parsed once: handlers only read a
 * request's URL, never change it.
 */
const GRAPHQL_URL: Readonly<URL> = new URL(GRAPHQL_PATH, 'http://localhost');
/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * The operations GraphiQL opens with: cross-provider spend (the FOCUS view) first when a provider
 * offers FOCUS rows, then one tab per provider that has an example, in registry order.
 */
function examplesOf(providers: readonly Provider[], now: Date): GraphiqlExample[] {
  const focus = providers.some((p) => p.focus)
    ? [{ query: FOCUS_EXAMPLE_QUERY, variables: focusExampleVariables(now) }]
    : [];
  return [...focus, ...providers.flatMap((p) => (p.example ? [p.example(now)] : []))];
}

/** The request headers that carry some provider's credentials: redacted from every log line. */
export function credentialHeadersOf(providers: readonly Provider[]): string[] {
  return providers.flatMap((p) => p.httpPolicy.credentialHeaders);
}

/** The whole schema's SDL: the provider-neutral documents (schema/core), then each provider's. */
export function gatewayTypeDefs(providers: readonly Provider[]): string[] {
  return [...readTypeDefs(new URL('../../schema/core/', import.meta.url)), ...providers.flatMap((p) => p.typeDefs)];
}

/**
 * The gateway's structured JSON logger (stdout unless `destination` is given). Redacts anything that
 * could hold a key, should it ever reach a log line.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  credentialHeaders: readonly string[] = [],
): Logger {
  const headerPaths = credentialHeaders.flatMap((h) => [`headers["${h}"]`, `*.headers["${h}"]`]);
  return pino(
    {
      level,
      base: { service: 'meterql' },
      redact: {
        paths: [
          'apiKey',
          'appKey',
          '*.apiKey',
          '*.appKey',
          'credentials',
          '*.credentials',
          'headers.authorization',
          '*.headers.authorization',
          ...headerPaths,
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the request says `Cache-Control: no-store`: its answer is then not kept either. */
function forbidsStore(headers: IncomingMessage['headers']): boolean {
  return /(^|[\s,])no-store($|[\s,])/i.test(headerValue(headers, 'cache-control') ?? '');
}

/**
 * The `Server-Timing` value of an answer: the gateway's own time on it until the answer is written,
 * and whether the response cache served it (`hit`), was looked at and missed (`miss`) or not
 * consulted (`bypass`). Browsers show it in their developer tools; the bench reads it.
 */
function serverTiming(cache: ResponseCacheStatus, started: number): string {
  return `meterql;desc="${cache}";dur=${(performance.now() - started).toFixed(3)}`;
}

/** A request body that does not parse as the JSON its content type announces. */
const UNPARSABLE = Symbol('unparsable body');

function parseJsonOr(text: string, otherwise: typeof UNPARSABLE): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return otherwise;
  }
}

/** What serving `/graphql` needs besides Apollo. */
interface GraphqlDeps {
  context: ContextDeps;
  /** The response cache in front of Apollo; null when it is off. */
  front: ResponseCacheFront | null;
  /** Metrics to count operations answered from the response cache in; null when metrics are off. */
  metrics: GatewayMetrics | null;
}

/**
 * Admits `caller`'s request under its per-client rate and concurrency limits (released when the
 * answer is done), or answers 429 with `Retry-After` and returns false.
 */
function admitClient(res: ServerResponse, limits: ClientLimits, caller: Caller): boolean {
  const admission = limits.admit(caller);
  if (!admission.admitted) {
    res.setHeader('retry-after', String(admission.retryAfterSeconds));
    sendJson(res, 429, {
      errors: [
        {
          message: admission.message,
          extensions: {
            code: ErrorCode.CLIENT_RATE_LIMITED,
            limit: admission.reason,
            retryAfterSeconds: admission.retryAfterSeconds,
          },
        },
      ],
    });
    return false;
  }
  res.once('close', admission.release);
  return true;
}

/**
 * Serves one GraphQL request: from the response cache when it holds a fresh answer to it (Apollo
 * does not run; the operation is still logged and counted, as a `hit`), else through Apollo, keeping
 * the answer when it may be kept. With the cache on, every answer says how HTTP caches may keep it:
 * a kept one `private, max-age` with its `age`, `etag` and `vary`, anything else `no-store`; a GET
 * whose `If-None-Match` names the answer's tag gets 304 without a body.
 */
async function handleGraphql(
  apollo: ApolloServer<GatewayContext>,
  deps: GraphqlDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  caller: Caller,
): Promise<void> {
  const started = performance.now();
  const read = await readBody(req, MAX_BODY_BYTES);
  if (read.tooLarge) {
    answerTooLarge(req, res, MAX_BODY_BYTES);
    return;
  }
  const text = read.bytes.toString('utf8');
  // Parsed when first needed: a request whose cache key is remembered and answered from the cache never is.
  let parsed: { body: unknown } | null =
    (req.headers['content-type'] ?? '').includes('json') && text !== '' ? null : { body: text };
  const body = (): unknown => (parsed ??= { body: parseJsonOr(text, UNPARSABLE) }).body;
  const method = req.method ?? 'GET';
  const { front } = deps;
  const key = front?.keyOf(method, req.headers, url, text, body) ?? null;
  const look = front !== null && key !== null && !bypassesCache(req.headers, caller);
  const ifNoneMatch = method === 'GET' ? (req.headers['if-none-match'] ?? null) : null;
  if (look) {
    const kept = await front.lookup(key);
    if (kept !== null) {
      const status = front.serve(res, kept, ifNoneMatch, () => serverTiming('hit', started));
      reportOperation(deps.context.logger, deps.metrics, {
        operationName: kept.meta.operationName,
        seconds: (performance.now() - started) / 1000,
        status,
        outcome: 'ok',
        errorCodes: [],
        cache: 'hit',
      });
      return;
    }
  }
  if (body() === UNPARSABLE) {
    sendJson(res, 400, {
      errors: [{ message: 'Request body must be JSON, but it does not parse', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  const trace = operationTrace(deps.context, look ? 'miss' : 'bypass');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body: body() },
    context: () => Promise.resolve(createContext(deps.context, req.headers, trace, caller)),
  });
  res.statusCode = result.status ?? 200;
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.setHeader('server-timing', serverTiming(trace.cache, started));
  if (result.body.kind === 'complete') {
    if (front !== null) {
      const kept =
        key === null || forbidsStore(req.headers)
          ? null
          : front.keep(key, trace, {
              status: res.statusCode,
              contentType: result.headers.get('content-type') ?? 'application/json; charset=utf-8',
              body: result.body.string,
            });
      if (kept === null) {
        res.setHeader('cache-control', 'no-store');
      } else {
        for (const [k, v] of Object.entries(front.headersOf(kept))) res.setHeader(k, v);
        if (ifNoneMatchMatches(ifNoneMatch, kept.meta.etag)) {
          res.statusCode = 304;
          res.removeHeader('content-type');
          res.end();
          return;
        }
      }
    }
    res.end(result.body.string);
    return;
  }
  if (front !== null) res.setHeader('cache-control', 'no-store');
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Starts meterql: the GraphQL endpoint at `/graphql` (GraphiQL for browsers), on `config.host` and
 * `config.port` (0 picks a free port), serving `options.providers`. When no provider is configured at
 * all, each starts its embedded simulator on loopback and is used over real HTTP (the demo default).
 */
export async function createGateway(config: Config, options: GatewayOptions): Promise<Gateway> {
  assertAuthForHost(config.auth, config.host);
  const credentialHeaders = credentialHeadersOf(options.providers);
  // Every data route authenticates first (src/security/createAuthenticator.ts; `/export/...` too).
  const authenticator = createAuthenticator(config.auth, credentialHeaders);
  const logger = options.logger ?? createLogger(config.logLevel, undefined, credentialHeaders);
  const metrics = createGatewayMetrics({
    processMetrics: config.metrics.enabled && config.metrics.processMetrics,
    maxOperationNames: config.metrics.maxOperationNames,
  });
  const renderMetrics = options.metricsSource?.(metrics.registry) ?? (() => metrics.render());
  const http = createUpstreamHttp({
    ...config.upstream,
    timeoutMs: config.upstreamTimeoutMs,
    logger,
    // With metrics off nothing is counted at all, not merely left unserved.
    observer: config.metrics.enabled ? metrics.upstream : NOOP_UPSTREAM_OBSERVER,
    policies: Object.fromEntries(options.providers.map((p) => [p.name, p.httpPolicy])),
  });
  const connected: ConnectedProvider[] = [];
  const closeProviders = async (): Promise<void> => {
    await Promise.all(connected.map(({ connection }) => connection.close()));
  };
  try {
    const embedded = !options.providers.some((p) => p.isConfigured(config.providers[p.name]));
    for (const provider of options.providers) {
      const shared = options.sharedSimulators?.[provider.name];
      const connection = await provider.connect(config.providers[provider.name], {
        embedded,
        simulator: config.simulator,
        ...(shared !== undefined ? { sharedSimulator: shared } : {}),
      });
      connected.push({ provider, connection });
    }
  } catch (err) {
    await closeProviders();
    await http.close();
    throw err;
  }
  metrics.providers(connected.map(({ provider, connection }) => ({ provider: provider.name, mode: connection.mode })));
  const now = options.now ?? (() => new Date());
  const deps: ContextDeps = {
    http,
    connected,
    nodeTypes: nodeTypesOf(options.providers),
    cursorSecret: config.cursorSecret,
    logger,
    now,
  };

  const typeDefs = gatewayTypeDefs(options.providers);
  const front =
    config.responseCache.maxBytes > 0
      ? new ResponseCacheFront({
          cache: options.responseCache ?? new MemoryResponseCache({ maxBytes: config.responseCache.maxBytes }),
          scope: {
            // Answers depend on the schema, each provider's configuration (keys only hashed) and how
            // each is reached (an embedded simulator's keys come with its URL).
            identity: responseCacheIdentity([
              typeDefs,
              config.providers,
              config.simulator,
              connected.map(({ provider, connection }) => [provider.name, connection.mode, connection.baseUrl]),
            ]),
            credentialHeaders,
          },
          clock: () => now().getTime(),
        })
      : null;
  const graphqlDeps: GraphqlDeps = {
    context: deps,
    front,
    metrics: config.metrics.enabled ? metrics : null,
  };
  const clientLimits = new ClientLimits(config.limits.client);
  const exportDeps = {
    views: exportViews(options.providers),
    createContext: (h: IncomingMessage['headers'], caller: Caller) => createContext(deps, h, undefined, caller),
    logger,
  };
  const specs = gatewayFieldSpecs(options.providers);
  const shapeGuards = queryShapeGuards(config.limits);
  // Answers are written once, when their size is checked, and sent as written.
  const serialized = new SerializedAnswers();
  const apollo = new ApolloServer<GatewayContext>({
    // The schema, executed by the compiled executor (src/execution).
    gateway: compiledExecutionGateway({
      typeDefs,
      resolvers: withSdlScalarDescriptions(typeDefs, gatewayResolvers(options.providers, specs)),
    }),
    introspection: true,
    // Shutdown is ours (Gateway.stop, on SIGTERM/SIGINT in main.ts): drain first, then stop Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // Int64 figures beyond 2^53 are bigints; they are written as exact JSON integers (stringifyJson).
    stringifyResult: serialized.stringify,
    // Depth, alias, directive and token limits (GraphQL Armor), before any resolver runs; mutations
    // and subscriptions (the schema has neither) are refused as invalid, 400.
    ...shapeGuards,
    validationRules: [knownOperationTypesRule, ...shapeGuards.validationRules],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are given; the plugin would otherwise run a hook for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // Before the report, which then reports a cut answer as the error it became.
      responseSizeCapPlugin(config.limits.maxResponseBytes, serialized),
      operationReportPlugin(config.metrics.enabled ? metrics : null),
      operationPlanPlugin({
        specs,
        maxUpstreamFields: MAX_UPSTREAM_FIELDS,
        upstreamCalls: {
          max: config.limits.maxUpstreamCalls,
          maxResultFields: config.limits.maxResultFields,
          assumedListSize: config.limits.assumedListSize,
          readAhead: (ctx) => ctx.caller.trusted && http.cachesPages,
        },
      }),
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  try {
    await apollo.start();
  } catch (err) {
    await http.close();
    await closeProviders();
    throw err;
  }

  let ready = false;
  let draining = false;
  // Requests being served, so shutdown can wait for them.
  let inFlight = 0;
  let idle: (() => void) | null = null;
  const edge = new HttpEdge({
    config: config.edge,
    credentialHeaders,
    graphqlPath: GRAPHQL_PATH,
    logger,
  });
  const server: Server = createServer(httpServerOptions(config.edge), (req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    // While draining, answers close their connection so clients reconnect elsewhere.
    if (draining) res.setHeader('connection', 'close');
    const url = req.url === GRAPHQL_PATH ? GRAPHQL_URL : new URL(req.url ?? '/', 'http://localhost');
    // Host allow-list, CORS and the cross-site check, before any work.
    if (edge.screen(req, res, url)) return;
    /**
     * The caller of a data route, authenticated and admitted under its per-client limits; null when
     * refused (401/403 or 429, already answered).
     */
    const admitted = async (): Promise<Caller | null> => {
      const auth = await authenticator.authenticate(req);
      if (!auth.ok) {
        sendAuthRejection(res, auth.rejection);
        return null;
      }
      return admitClient(res, clientLimits, auth.caller) ? auth.caller : null;
    };
    const handle = async (): Promise<void> => {
      if (url.pathname === GRAPHQL_PATH) {
        if (wantsGraphiql(req, url)) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : graphiqlHtml(GRAPHQL_PATH, examplesOf(options.providers, now())));
          return;
        }
        const caller = await admitted();
        if (caller !== null) await handleGraphql(apollo, graphqlDeps, req, res, url, caller);
        return;
      }
      if (url.pathname.startsWith(EXPORT_PREFIX)) {
        // The same authentication, org scope and per-client limits as /graphql.
        const caller = await admitted();
        if (caller !== null) await handleExport(exportDeps, req, res, url, caller);
        return;
      }
      if (url.pathname === '/') {
        res.writeHead(302, { location: GRAPHQL_PATH });
        res.end();
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (url.pathname === '/healthz') {
        sendJson(res, 200, { status: 'ok' });
        return;
      }
      if (url.pathname === '/readyz') {
        if (ready) sendJson(res, 200, { status: 'ready' });
        else sendJson(res, 503, { status: draining ? 'draining' : 'starting' });
        return;
      }
      if (url.pathname === '/metrics' && config.metrics.enabled) {
        if (!authenticator.authenticateMetrics(req)) {
          sendAuthRejection(res, METRICS_REJECTION);
          return;
        }
        const { contentType, body } = await renderMetrics();
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(body);
        return;
      }
      if (await serveGraphiqlAsset(url.pathname, res)) return;
      if (await serveExplorer(req, res, url)) return;
      sendJson(res, 404, { errors: [{ message: `No route for ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}` }] });
    };
    handle().catch((err: unknown) => {
      logger.error({ err }, 'request handling failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.destroy();
    });
  });
  applyHttpServerLimits(server, config.edge, { maxBodyBytes: MAX_BODY_BYTES, logger });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    // Nothing may outlive a gateway that failed to start.
    await apollo.stop();
    await http.close();
    await closeProviders();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  ready = true;
  let stopping: Promise<boolean> | null = null;
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    providers: connected.map(({ provider, connection }) => ({ name: provider.name, connection })),
    metrics,
    get ready() {
      return ready;
    },
    stop() {
      stopping ??= (async () => {
        ready = false;
        draining = true;
        // Load balancers polling /readyz see 503 before the listener goes away.
        if (config.shutdownDelayMs > 0) await sleep(config.shutdownDelayMs);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const drained =
          inFlight === 0 ||
          (await Promise.race([
            new Promise<boolean>((resolve) => (idle = () => resolve(true))),
            sleep(config.drainTimeoutMs).then(() => false),
          ]));
        if (!drained) {
          logger.warn({ inFlight, drainTimeoutMs: config.drainTimeoutMs }, 'drain timeout: closing in-flight requests');
        }
        server.closeAllConnections();
        await closed;
        await apollo.stop();
        await http.close();
        await closeProviders();
        return drained;
      })();
      return stopping;
    },
  };
}
