import type { IncomingHttpHeaders } from 'node:http';
import type { FieldNode } from 'graphql';
import type { Logger } from 'pino';
import type { UpstreamHttp } from '../upstream/http.js';
import { createHmac } from 'node:crypto';
import { headerValue } from '../http/headerValue.js';
import { LOOPBACK_DEMO_CALLER, type Caller } from '../security/caller.js';
import { OperationTrace } from '../responseCache/operationTrace.js';
import type { NodeLoader, Provider, ProviderConnection, ProviderRequest } from './provider.js';

/**
 * Each provider's per-operation state (credentials scope, loaders), by provider name. Empty here: a
 * provider adds its entry by module augmentation in its own folder, e.g.
 * `declare module '../../gateway/context.js' { interface ProviderStates { datadog: DatadogRequestState } }`,
 * so its resolvers read `ctx.providers.datadog` typed, and the core never names a provider.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface ProviderStates {}

/** A provider with its connection for the gateway's lifetime. */
export interface ConnectedProvider {
  provider: Provider;
  connection: ProviderConnection;
}

/** What every resolver of one GraphQL operation sees. */
export interface GatewayContext {
  /**
   * Each provider's state for this operation, built the first time a resolver reads it (an
   * operation that asks nothing of a provider builds nothing for it).
   */
  providers: ProviderStates;
  /** The providers the gateway runs with, in registry order. */
  connected: readonly ConnectedProvider[];
  /** The object types `node(id:)` can fetch, by type name, and who loads each (built once per gateway). */
  nodeTypes: ReadonlyMap<string, NodeLoader>;
  /**
   * The operation's clock: one "now" for every field. Reading it marks the operation's answer as
   * depending on the hour (see {@link OperationTrace.readClock}).
   */
  readonly now: Date;
  /**
   * Who is calling, as authentication established it: what scopes every org listing, node lookup
   * and per-org record (src/security/orgScope.ts), and what per-client limits and trust are decided by.
   */
  readonly caller: Caller;
  /** Signs this caller's cursors: derived per caller, so one caller's cursor is refused for another. */
  cursorSecret: Buffer;
  logger: Logger;
  /**
   * What each field spec's `parseArgs` made of the arguments of each selected field, by field node,
   * kept at plan time so resolvers do not parse again (see rememberParsedArgs).
   */
  parsedArgs: Map<FieldNode, Map<object, unknown>>;
  /**
   * Batching hints of the fields the operation selects (FieldSpec `batchHints`); filled in before
   * execution starts.
   */
  batchHints: Set<string>;
  /** What the response cache and the operation report learn about the operation while it runs. */
  trace: OperationTrace;
}

/** What the server holds for the lifetime of the gateway. */
export interface ContextDeps {
  http: UpstreamHttp;
  connected: readonly ConnectedProvider[];
  nodeTypes: ReadonlyMap<string, NodeLoader>;
  cursorSecret: Buffer;
  logger: Logger;
  /** The gateway's clock, which each operation's "now" is read from. Defaults to the real clock. */
  now?: () => Date;
}

/** Whether the client asked for fresh data: `Cache-Control: no-cache` / `no-store`, or `Pragma: no-cache`. */
function wantsNoCache(headers: IncomingHttpHeaders): boolean {
  const cacheControl = (headerValue(headers, 'cache-control') ?? '').toLowerCase();
  const pragma = (headerValue(headers, 'pragma') ?? '').toLowerCase();
  return /(^|[\s,])(no-cache|no-store)($|[\s,=])/.test(cacheControl) || pragma.includes('no-cache');
}

/**
 * The context object: `now` is a getter on the prototype, so it records its reads in `trace` even on
 * the shallow copy Apollo makes of the context for each operation (own properties are copied;
 * `private` here is TypeScript's, an own property, so the copy keeps it).
 */
class OperationContext implements GatewayContext {
  readonly parsedArgs = new Map<FieldNode, Map<object, unknown>>();

  constructor(
    readonly providers: ProviderStates,
    readonly connected: readonly ConnectedProvider[],
    readonly nodeTypes: ReadonlyMap<string, NodeLoader>,
    readonly batchHints: Set<string>,
    readonly caller: Caller,
    readonly cursorSecret: Buffer,
    readonly logger: Logger,
    readonly trace: OperationTrace,
  ) {}

  get now(): Date {
    this.trace.readClock = true;
    return this.trace.now;
  }
}

/** A new operation's trace, on the gateway's clock; `cache` is what the response cache did with it. */
export function operationTrace(deps: ContextDeps, cache: 'miss' | 'bypass'): OperationTrace {
  const now = deps.now ?? (() => new Date());
  return new OperationTrace(now(), () => now().getTime(), cache);
}

/** The secret that signs `caller`'s cursors: the gateway's, for the demo caller; else bound to the caller's id. */
function cursorSecretOf(secret: Buffer, caller: Caller): Buffer {
  return caller === LOOPBACK_DEMO_CALLER
    ? secret
    : createHmac('sha256', secret).update(`caller\n${caller.id}`).digest();
}

/**
 * Whether the request bypasses cached answers (`wantsNoCache`): only a trusted caller's may, as
 * fresh reads spend the upstream budget every client shares; anyone else's is answered as usual.
 */
export function bypassesCache(headers: IncomingHttpHeaders, caller: Caller): boolean {
  return caller.trusted && wantsNoCache(headers);
}

/**
 * Builds the per-operation context: one clock, one deadline, and each provider's state on first use.
 * `trace` (made here when not given) collects whether the operation read its clock and how fresh the
 * upstream answers it got are. `caller` is who authentication found (the loopback demo caller when
 * authentication is off); it decides whether `no-cache` is honoured and bulk reads may read
 * ahead (only for a trusted one).
 */
export function createContext(
  deps: ContextDeps,
  headers: IncomingHttpHeaders,
  trace: OperationTrace = operationTrace(deps, 'bypass'),
  caller: Caller = LOOPBACK_DEMO_CALLER,
): GatewayContext {
  const batchHints = new Set<string>();
  const request: ProviderRequest = {
    http: deps.http.forOperation(trace.upstreamAnswer),
    headers,
    caller,
    get now() {
      trace.readClock = true;
      return trace.now;
    },
    // Wall time by which every upstream call of the operation must be answered (the client's budget).
    deadline: Date.now() + deps.http.operationDeadlineMs,
    cache: bypassesCache(headers, caller) ? 'no-cache' : 'default',
    bulkReadAhead: caller.trusted,
    batchHints,
  };
  const providers = {} as ProviderStates;
  for (const { provider, connection } of deps.connected) {
    let state: unknown;
    Object.defineProperty(providers, provider.name, {
      enumerable: true,
      get: () => (state ??= connection.createRequestState(request)),
    });
  }
  return new OperationContext(
    providers,
    deps.connected,
    deps.nodeTypes,
    batchHints,
    caller,
    cursorSecretOf(deps.cursorSecret, caller),
    deps.logger,
    trace,
  );
}
