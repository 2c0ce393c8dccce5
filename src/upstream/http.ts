import { hashedScope } from './hashedScope.js';
import { Agent, request } from 'undici';
import type { Logger } from 'pino';
import { parseJson } from '../json/losslessJson.js';
import { UpstreamRateLimitedError, type UpstreamError } from '../errors.js';
import {
  BreakerFailure,
  breakerReason,
  CircuitBreakers,
  CircuitOpenError,
  DEFAULT_BREAKER_SETTINGS,
} from './circuitBreakers.js';
import type { BreakerSettings } from './circuitBreakers.js';
import {
  checkDocumentedRateLimit,
  DEFAULT_UPSTREAM_POLICY,
  documentedBudget,
  type FreshnessPolicy,
  type UpstreamPolicy,
} from './upstreamPolicy.js';
import {
  circuitOpen,
  deadlinePassed,
  errorForStatus,
  isTimeout,
  notJson,
  transportFailure,
  shuttingDown,
  withNote,
} from './httpErrors.js';
import { MemoryPageCache, type CachedPage, type PageCache } from './pageCache.js';
import { BudgetExhaustedError, RateLimitPacer, type Permit, type RateLimitInfo } from './rateLimitPacer.js';
import {
  DEFAULT_RETRY_SETTINGS,
  backoffDelayMs,
  checkRetrySettings,
  isRetryableStatus,
  retryAfterSeconds,
  type RetrySettings,
} from './retryPolicy.js';
import { SingleFlight } from './singleFlight.js';
import { RecentKeys } from './recentKeys.js';
import { scrubSecrets } from '../security/scrubSecrets.js';
import { NOOP_UPSTREAM_OBSERVER, type UpstreamObserver } from './upstreamObserver.js';
import type { UpstreamHttpOptions } from './upstreamHttpOptions.js';

export type { RateLimitInfo } from './rateLimitPacer.js';
export type { UpstreamHttpOptions, UpstreamResilienceOptions } from './upstreamHttpOptions.js';

/**
 * The only module that talks HTTP to upstream APIs. It owns the connection pools, timeouts, pacing,
 * retries, circuit breakers, single-flight and the page cache, and the translation of every upstream
 * failure into a typed {@link UpstreamError}. Credentials travel in `headers` and are never logged,
 * copied into an error, or used as a key: caches and budgets are keyed by a hash of them.
 *
 * One request goes: page cache -> single-flight (identical requests in flight share one) -> per
 * attempt: circuit breaker (fail fast while open) -> rate-limit pacer (wait for the budget, or fail
 * at once when it is back only after the deadline) -> HTTP -> retry with backoff (5xx, timeouts,
 * resets, unreadable bodies) or after the upstream's wait (429) while attempts and the deadline allow.
 */

/** One upstream GET or POST. */
export interface UpstreamRequest {
  /** Provider name for errors, logs and metrics, e.g. `datadog`. */
  provider: string;
  /** Endpoint name (the upstream operationId), e.g. `GetHourlyUsage`. */
  endpoint: string;
  /** Base URL without trailing slash, e.g. `https://api.datadoghq.com`. */
  baseUrl: string;
  /** Path starting with `/`. */
  path: string;
  /** Query parameters, sent in this order. */
  query?: ReadonlyArray<readonly [string, string]>;
  method?: 'GET' | 'POST';
  /** Request headers; credentials go here and nowhere else. */
  headers: Record<string, string>;
  /** JSON body for POST. */
  body?: unknown;
  /**
   * Wall time (ms since the epoch) after which the request fails instead of waiting or retrying:
   * the GraphQL operation's deadline. Defaults to now + `operationDeadlineMs`.
   */
  deadline?: number;
  /** `no-cache`: do not answer from the page cache (the fresh answer is still stored). Defaults to `default`. */
  cache?: 'default' | 'no-cache';
}

/**
 * Told how long each upstream answer served to one GraphQL operation stays fresh, in ms from now:
 * its remaining freshness for a page-cache hit, its whole freshness (the provider's
 * {@link FreshnessPolicy}) for an answer that just arrived or was shared, 0 for an answer of a method
 * the provider does not cache and for a request that failed (or whose answer `parse` refused). The
 * response cache keeps an operation's answer no longer than the least of them.
 */
export type FreshnessReport = (freshMs: number) => void;

/** A successful (2xx) upstream answer with its parsed JSON body. */
export interface UpstreamResponse {
  status: number;
  body: unknown;
  /** The rate-limit headers of the answer; all null when it came from the page cache. */
  rateLimit: RateLimitInfo;
}

/** What one completed HTTP exchange yields, shared by every caller of a single-flight. */
interface RawAnswer {
  status: number;
  text: string;
  body: unknown;
  rateLimit: RateLimitInfo;
}

/** How one attempt ended, when it did not throw a {@link BreakerFailure} (a failure worth retrying). */
type Outcome =
  | { kind: 'ok'; answer: RawAnswer }
  | { kind: 'rateLimited'; error: UpstreamError; waitSeconds: number | null }
  | { kind: 'final'; error: UpstreamError };

const NO_RATE_LIMIT: RateLimitInfo = {
  name: null,
  limit: null,
  periodSeconds: null,
  remaining: null,
  resetSeconds: null,
};

/** Builds `path?query` with RFC 3986 encoding of keys and values (brackets encoded, as Datadog's clients do). */
function buildPath(path: string, query: ReadonlyArray<readonly [string, string]> = []): string {
  if (query.length === 0) return path;
  return `${path}?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The query in a canonical order, for cache keys. */
function normalizedQuery(query: ReadonlyArray<readonly [string, string]> = []): string {
  return query
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
}

/**
 * Identifies the credentials (every header is hashed; keys travel in headers) without revealing
 * them. Called for every upstream request: {@link hashedScope} hashes each distinct header set once.
 */
function scopeOf(headers: Record<string, string>): string {
  const canonical = Object.entries(headers)
    .map(([k, v]) => `${k.toLowerCase()}:${v}`)
    .sort()
    .join('\n');
  return hashedScope(`meterql-upstream-scope\n${canonical}`);
}

/** Keep-alive HTTP client for every upstream; one per gateway. */
export class UpstreamHttp {
  /** The overall budget given to a request that brings no deadline, in ms. */
  readonly operationDeadlineMs: number;
  private readonly agent: Agent;
  private readonly timeoutMs: number;
  private readonly logger: Logger;
  private readonly observer: UpstreamObserver;
  private readonly retry: RetrySettings;
  private readonly breakerSettings: BreakerSettings;
  private readonly breakers: CircuitBreakers;
  private readonly pacer: RateLimitPacer | null;
  private readonly flights: SingleFlight<RawAnswer>;
  private readonly cache: PageCache | null;
  private readonly parsedBodies = new WeakMap<CachedPage, unknown>();
  private readonly policies = new Map<string, { policy: UpstreamPolicy; freshness: FreshnessPolicy }>();
  private readonly defaultPolicy: { policy: UpstreamPolicy; freshness: FreshnessPolicy };
  private readonly now: () => number;
  private readonly random: () => number;
  /** Aborted by {@link close}: every request in flight fails at once, and no new one is sent. */
  private readonly closing = new AbortController();
  /**
   * The aborts of the attempts in flight, for {@link close}. (Not `AbortSignal.any` with `closing`:
   * on Node 20 every signal it makes stays registered with the long-lived one, ~50 B per request.)
   */
  private readonly attempts = new Set<AbortController>();
  /** Where the answers' freshness goes; set only on the views {@link forOperation} makes. */
  private report: FreshnessReport | null = null;

  /**
   * The reads ahead this client's operations started recently (by a key the reader chooses: the
   * credentials' scope and the request), shared by every operation's view: a later page of a walk
   * neither asks for them again nor counts their cost against the budget a second time (what they
   * cost is already spent, or in flight, in {@link headroom}). Remembered for a minute, the page
   * cache's shortest freshness.
   */
  readonly readsAhead = new RecentKeys({ ttlMs: 60_000, maxKeys: 4096 });

  /** Whether pages are kept between operations (reading ahead is worth it only then). */
  get cachesPages(): boolean {
    return this.cache !== null;
  }

  /**
   * How many more requests like `req` (same provider, endpoint, method and credentials) the
   * rate-limit budget allows right now, by what the answers so far reported: `Infinity` when the
   * budget is unlimited, null while it is unknown or nothing is paced. For background work (reading
   * ahead) that should leave room for the requests clients wait on.
   */
  headroom(req: Pick<UpstreamRequest, 'provider' | 'endpoint' | 'method' | 'headers'>): number | null {
    return (
      this.pacer?.headroom({
        provider: req.provider,
        endpoint: req.endpoint,
        scope: scopeOf(req.headers),
        method: req.method ?? 'GET',
      }) ?? null
    );
  }

  constructor(options: UpstreamHttpOptions) {
    const o: UpstreamHttpOptions = { ...withoutUndefined(options), logger: options.logger };
    this.timeoutMs = o.timeoutMs ?? 30_000;
    this.logger = o.logger;
    this.observer = o.observer ?? NOOP_UPSTREAM_OBSERVER;
    this.now = Date.now;
    this.random = Math.random;
    this.operationDeadlineMs = o.operationDeadlineMs ?? 30_000;
    if (!(this.operationDeadlineMs > 0)) {
      throw new Error(`operationDeadlineMs must be > 0, but got: ${this.operationDeadlineMs}`);
    }
    this.retry = { ...DEFAULT_RETRY_SETTINGS, ...withoutUndefined(o.retry ?? {}) };
    checkRetrySettings(this.retry);
    this.breakerSettings = { ...DEFAULT_BREAKER_SETTINGS, ...withoutUndefined(o.breaker ?? {}) };
    this.breakers = new CircuitBreakers(this.breakerSettings, (e) => this.observer.breaker(e));
    for (const policy of Object.values(o.policies ?? {})) {
      if (policy.documentedRateLimit !== undefined) checkDocumentedRateLimit(policy.documentedRateLimit);
    }
    this.pacer =
      o.pacing === false
        ? null
        : new RateLimitPacer({
            now: this.now,
            ...(o.budgetShare !== undefined ? { budgetShare: o.budgetShare } : {}),
            onReading: (e) => this.observer.rateLimit(e),
            documented: (key) =>
              documentedBudget((this.policies.get(key.provider) ?? this.defaultPolicy).policy, key.method ?? 'GET'),
          });
    this.flights = new SingleFlight<RawAnswer>();
    this.cache = o.cache === false ? null : (o.pageCache ?? new MemoryPageCache({ maxBytes: o.cacheMaxBytes }));
    const ttls = o.freshnessTtls ?? {};
    for (const [provider, policy] of Object.entries(o.policies ?? {})) {
      this.policies.set(provider, { policy, freshness: policy.createFreshness(ttls) });
    }
    this.defaultPolicy = { policy: DEFAULT_UPSTREAM_POLICY, freshness: DEFAULT_UPSTREAM_POLICY.createFreshness(ttls) };
    this.agent = new Agent({
      connections: o.connectionsPerOrigin ?? 16,
      keepAliveTimeout: 10_000,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
  }

  /**
   * A view of this client for one GraphQL operation: it tells `report` how long every answer it
   * serves stays fresh (see {@link FreshnessReport}) and shares everything else with this client
   * (pools, page cache, budgets, breakers, single-flight). The view inherits from the client, so it
   * costs one small object per operation.
   */
  forOperation(report: FreshnessReport): UpstreamHttp {
    const view = Object.create(this) as UpstreamHttp;
    view.report = report;
    return view;
  }

  /**
   * Sends one request (or answers it from the page cache, or joins an identical one in flight) and
   * returns its parsed JSON body. Never rejects with anything but an {@link UpstreamError}: non-2xx
   * answers, transport failures and bodies that are not JSON are all typed.
   */
  json(req: UpstreamRequest): Promise<UpstreamResponse> {
    return this.fetch(req, (res) => res);
  }

  /**
   * Like {@link json}, then `parse`s the answer. A page enters the cache only once `parse` accepted
   * it, so a body of the wrong shape (which `parse` rejects) is never cached; `parse` runs again on
   * every cache hit, over the entry's parsed body, which hits of one entry share (JSON is parsed once
   * per entry): parsers only read their input and build new values.
   */
  async fetch<T>(req: UpstreamRequest, parse: (res: UpstreamResponse) => T): Promise<T> {
    const report = this.report;
    if (report === null) return this.fetchReporting(req, parse, null);
    try {
      return await this.fetchReporting(req, parse, report);
    } catch (err) {
      // An answer built around a failure (a field may catch it) is never worth keeping.
      report(0);
      throw err;
    }
  }

  /** {@link fetch}, telling `report` (when there is one) the freshness of the answer it serves. */
  private async fetchReporting<T>(
    req: UpstreamRequest,
    parse: (res: UpstreamResponse) => T,
    report: FreshnessReport | null,
  ): Promise<T> {
    const method = req.method ?? 'GET';
    const scope = scopeOf(req.headers);
    const deadline = req.deadline ?? this.now() + this.operationDeadlineMs;
    const ep = { provider: req.provider, endpoint: req.endpoint };
    const { policy, freshness } = this.policies.get(req.provider) ?? this.defaultPolicy;
    const cacheable = policy.cacheableMethods.has(method);
    const freshFor = (): number =>
      cacheable ? freshness({ ...ep, query: req.query ?? [], body: req.body }, this.now()) : 0;
    const bodyText = req.body === undefined ? '' : JSON.stringify(req.body);
    // A POST read's body is part of what it asks, so part of its key.
    const cacheKey =
      this.cache !== null && cacheable
        ? `${scope}|${req.provider}|${req.endpoint}|${method}|${req.baseUrl}${req.path}?${normalizedQuery(req.query)}|${bodyText}`
        : null;
    if (cacheKey !== null && req.cache !== 'no-cache') {
      const cache = this.cache;
      // A failing store is a miss, whether it rejects or throws.
      const page = await Promise.resolve()
        .then(() => cache?.get(cacheKey))
        .catch(() => undefined);
      const body = page === undefined ? undefined : this.parsedBody(page);
      this.observer.cache({ ...ep, hit: body !== undefined });
      if (page !== undefined && body !== undefined) {
        const value = parse({ status: page.status, body, rateLimit: NO_RATE_LIMIT });
        report?.(page.expiresAt === undefined ? freshFor() : Math.max(0, page.expiresAt - this.now()));
        return value;
      }
    }
    const pathAndQuery = buildPath(req.path, req.query);
    const flightKey = `${scope}|${method}|${req.baseUrl}${pathAndQuery}|${bodyText}`;
    const run = (): Promise<RawAnswer> => this.send(req, pathAndQuery, scope, deadline, policy);
    const { promise, shared } = this.flights.run(flightKey, run);
    if (shared) this.observer.shared(ep);
    // A shared request runs under the deadline of the operation that started it, which is never later
    // than a joiner's (every operation gets the same budget).
    const answer = await promise;
    // Parsers only read their input: the leader and every joiner share the one parsed body.
    const value = parse({ status: answer.status, body: answer.body, rateLimit: answer.rateLimit });
    const store = cacheKey !== null && !shared;
    if (report === null && !store) return value;
    const ttlMs = freshFor();
    report?.(ttlMs);
    if (store && ttlMs > 0) {
      const cache = this.cache;
      const page: CachedPage = { status: answer.status, text: answer.text, expiresAt: this.now() + ttlMs };
      this.parsedBodies.set(page, answer.body);
      Promise.resolve()
        .then(() => cache?.set(cacheKey, page, ttlMs))
        .catch(() => undefined);
    }
    return value;
  }

  /** A cached page's body, parsed once per entry (the memo goes with the entry when it is evicted). */
  private parsedBody(page: CachedPage): unknown {
    let body = this.parsedBodies.get(page);
    if (body === undefined) {
      body = parseOrUndefined(page.text);
      if (body !== undefined) this.parsedBodies.set(page, body);
    }
    return body;
  }

  /** The attempts of one request: breaker, budget, HTTP, and retries while attempts and deadline allow. */
  private async send(
    req: UpstreamRequest,
    pathAndQuery: string,
    scope: string,
    deadline: number,
    policy: UpstreamPolicy,
  ): Promise<RawAnswer> {
    const ep = { provider: req.provider, endpoint: req.endpoint };
    let last: UpstreamError | null = null;
    for (let attempt = 1; ; attempt++) {
      if (this.closing.signal.aborted) throw shuttingDown(ep);
      const openMs = this.breakers.openFor({ ...ep, scope });
      if (openMs > 0) throw circuitOpen(ep, breakerReason(this.breakerSettings), openMs);
      let permit: Permit | null = null;
      if (this.pacer) {
        try {
          permit = await this.pacer.acquire({ ...ep, scope, method: req.method ?? 'GET' }, deadline);
          if (permit.heldMs > 0) this.observer.paced({ ...ep, waitMs: permit.heldMs });
        } catch (err) {
          if (err instanceof BudgetExhaustedError) {
            throw new UpstreamRateLimitedError({ ...ep, ...(last?.upstream ?? {}) }, err.retryAfterSeconds);
          }
          throw err;
        }
      }
      const left = deadline - this.now();
      if (left <= 0) {
        permit?.cancel();
        throw deadlinePassed(ep, last);
      }
      let outcome: Outcome;
      try {
        outcome = await this.breakers.run({ ...ep, scope }, () =>
          this.attempt(req, pathAndQuery, Math.min(this.timeoutMs, left), permit, policy),
        );
      } catch (err) {
        permit?.cancel(); // a no-op when the attempt released it
        if (err instanceof CircuitOpenError) throw circuitOpen(ep, breakerReason(this.breakerSettings), err.retryInMs);
        if (!(err instanceof BreakerFailure)) throw err;
        last = err.cause as UpstreamError;
        if (attempt >= this.retry.maxAttempts) throw withNote(last, `${attempt} attempts`);
        const delayMs = backoffDelayMs(attempt, this.retry, this.random);
        if (this.now() + delayMs >= deadline) throw withNote(last, `${attempt} attempts; the deadline is near`);
        this.observer.retry({ ...ep, reason: reasonOf(last), delayMs });
        await this.sleep(delayMs);
        continue;
      }
      if (outcome.kind === 'ok') return outcome.answer;
      if (outcome.kind === 'final') throw outcome.error;
      // 429: the pacer (told the wait on release) holds the next attempt until the budget is back,
      // or fails it at once when that is beyond the deadline.
      last = outcome.error;
      this.observer.rateLimited(ep);
      const waitMs =
        outcome.waitSeconds !== null ? outcome.waitSeconds * 1000 : backoffDelayMs(attempt, this.retry, this.random);
      if (this.now() + waitMs > deadline || attempt >= this.retry.maxAttempts) {
        throw new UpstreamRateLimitedError(outcome.error.upstream, Math.max(1, Math.ceil(waitMs / 1000)));
      }
      this.observer.retry({ ...ep, reason: 'rate_limited', delayMs: waitMs });
      if (this.pacer === null || outcome.waitSeconds === null) await this.sleep(waitMs);
    }
  }

  /** One HTTP exchange. Throws {@link BreakerFailure} for failures worth retrying (and counting). */
  private async attempt(
    req: UpstreamRequest,
    pathAndQuery: string,
    timeoutMs: number,
    permit: Permit | null,
    policy: UpstreamPolicy,
  ): Promise<Outcome> {
    const ep = { provider: req.provider, endpoint: req.endpoint };
    const started = performance.now();
    const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
    let status: number;
    let headers: Record<string, string | string[] | undefined>;
    let text: string;
    // undici's own timeouts tick coarsely (about every half second); this one is exact and covers
    // headers and body together.
    const abort = new AbortController();
    this.attempts.add(abort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    try {
      const res = await request(`${req.baseUrl}${pathAndQuery}`, {
        method: req.method ?? 'GET',
        headers: req.body === undefined ? req.headers : { ...req.headers, 'content-type': 'application/json' },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        dispatcher: this.agent,
        signal: abort.signal,
      });
      status = res.statusCode;
      headers = res.headers;
      text = await res.body.text();
    } catch (err) {
      permit?.release(null);
      const timeout = timedOut || isTimeout(err);
      this.observer.attempt({ ...ep, status: 0, durationMs: elapsed(), outcome: timeout ? 'timeout' : 'network' });
      const message = scrubSecrets((err as Error).message, credentialValues(req.headers, policy));
      this.logger.warn({ ...ep, path: req.path, err: message }, 'upstream request failed');
      throw new BreakerFailure(transportFailure(ep, err, timeoutMs, timeout));
    } finally {
      clearTimeout(timer);
      this.attempts.delete(abort);
    }
    const ms = elapsed();
    this.logger.debug({ ...ep, path: pathAndQuery, status, ms }, 'upstream request');
    const rateLimit = policy.readRateLimit(headers, this.now());
    if (status === 429) {
      const waitSeconds = retryAfterSeconds(headers, rateLimit.resetSeconds, this.now());
      permit?.release(rateLimit, waitSeconds === null ? undefined : waitSeconds * 1000);
      this.observer.attempt({ ...ep, status, durationMs: ms, outcome: 'http_error' });
      const error = errorForStatus(
        ep,
        status,
        parseOrUndefined(text),
        waitSeconds,
        credentialValues(req.headers, policy),
      );
      return { kind: 'rateLimited', error, waitSeconds };
    }
    permit?.release(rateLimit);
    const body = text === '' ? undefined : parseOrUndefined(text);
    if (status < 200 || status >= 300) {
      this.observer.attempt({ ...ep, status, durationMs: ms, outcome: 'http_error' });
      const error = errorForStatus(ep, status, body, null, credentialValues(req.headers, policy));
      if (isRetryableStatus(status)) throw new BreakerFailure(error);
      return { kind: 'final', error };
    }
    if (body === undefined || body === null) {
      this.observer.attempt({ ...ep, status, durationMs: ms, outcome: 'malformed' });
      throw new BreakerFailure(notJson(ep, status));
    }
    this.observer.attempt({ ...ep, status, durationMs: ms, outcome: 'ok' });
    return { kind: 'ok', answer: { status, text, body, rateLimit } };
  }

  /** Waits `ms`, or less when the client is closed meanwhile (the next attempt then fails at once). */
  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closing.signal.aborted) return Promise.resolve();
    const signal = this.closing.signal;
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * Closes every pooled connection at once: requests still in flight (an upstream that hangs) fail
   * with UPSTREAM_UNAVAILABLE, retries and backoffs end, and nothing new is sent. The gateway drains
   * its own clients first, so this bounds shutdown by its drain timeout, never by an upstream.
   */
  async close(): Promise<void> {
    const closed = new Error('the upstream client is closed');
    this.closing.abort(closed);
    for (const abort of this.attempts) abort.abort(closed);
    await this.agent.destroy();
  }
}

/** Builds the gateway's upstream client; every option but `logger` has a default. */
export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  return new UpstreamHttp(options);
}

/**
 * The credentials a request carries: the values of the headers the provider's policy names, or of
 * every header when it names none. Scrubbed from whatever upstream text is passed on.
 */
function credentialValues(headers: Record<string, string>, policy: UpstreamPolicy): string[] {
  if (policy.credentialHeaders.length === 0) return Object.values(headers);
  return Object.entries(headers)
    .filter(([name]) => policy.credentialHeaders.includes(name.toLowerCase()))
    .map(([, value]) => value);
}

function parseOrUndefined(text: string): unknown {
  try {
    const body: unknown = parseJson(text);
    return body === null ? undefined : body;
  } catch {
    return undefined;
  }
}

/** The retry reason label of a failure worth retrying. */
function reasonOf(error: UpstreamError): string {
  switch (error.failure) {
    case 'status': {
      const status = error.upstream.status ?? 0;
      return status >= 500 ? 'http_5xx' : status === 408 ? 'http_408' : 'http_other';
    }
    case 'timeout':
    case 'network':
    case 'malformed':
      return error.failure;
    case 'circuitOpen':
    case 'deadline':
      return 'other';
  }
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
