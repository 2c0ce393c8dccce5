import type { UpstreamResilienceOptions } from '../upstream/upstreamHttpOptions.js';
import type { Provider } from './provider.js';
import { readAuthConfig, type AuthConfig } from '../security/authConfig.js';
import { readSecurityLimits, type SecurityLimits } from '../security/securityLimits.js';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readHttpEdgeConfig, type HttpEdgeConfig } from '../security/httpEdgeConfig.js';

/** Everything meterql reads from its environment, validated once at start-up. */
export interface Config {
  /** Interface to listen on. `HOST`, defaults to `127.0.0.1`. */
  host: string;
  /** Port to listen on; 0 picks a free one. `PORT`, defaults to `4000`. */
  port: number;
  /**
   * Each provider's own configuration, by provider name, as its `readConfig` read it from the
   * environment (`DD_*` for Datadog, ...).
   */
  providers: Readonly<Record<string, unknown>>;
  /** Upstream request timeout in milliseconds. `METERQL_UPSTREAM_TIMEOUT_MS`, defaults to 30_000. */
  upstreamTimeoutMs: number;
  /**
   * Secret that signs connection cursors, so a tampered cursor is rejected. `METERQL_CURSOR_SECRET`;
   * defaults to random bytes per process (cursors then do not survive a restart). Set it when several
   * gateway instances serve the same clients.
   */
  cursorSecret: Buffer;
  /**
   * Gateway processes to run (`node:cluster` workers sharing the port). `METERQL_WORKERS`: an integer
   * from 1 to 64 or `auto` (one per core); defaults to 1 (a single process, no cluster). With more than
   * one, `METERQL_CURSOR_SECRET` must be set (a cursor one worker issued must verify on another) unless
   * the gateway runs on its embedded simulators (the primary then generates one for all workers), and
   * each worker paces itself to `1/workers` of every upstream rate-limit budget.
   */
  workers: number;
  /** pino level. `LOG_LEVEL`, defaults to `info`. */
  logLevel: string;
  /**
   * On SIGTERM/SIGINT the gateway stops accepting connections, reports not ready and lets in-flight
   * operations finish for at most this long before closing. `METERQL_DRAIN_TIMEOUT_MS`, defaults to
   * 10_000.
   */
  drainTimeoutMs: number;
  /**
   * On shutdown, how long `/readyz` reports 503 while the gateway still accepts requests, before it
   * stops listening (time for a load balancer to take it out). `METERQL_SHUTDOWN_DELAY_MS`, defaults to 0.
   */
  shutdownDelayMs: number;
  /**
   * Resilience of the upstream path, each with its default: `METERQL_OPERATION_DEADLINE_MS` (30_000),
   * `METERQL_UPSTREAM_MAX_ATTEMPTS` (4), `METERQL_UPSTREAM_RETRY_BASE_MS` (200),
   * `METERQL_UPSTREAM_RETRY_MAX_MS` (5_000), `METERQL_BREAKER_FAILURES` (unset: a circuit opens on a 60% failure rate; set: on that many consecutive failures), `METERQL_BREAKER_COOLDOWN_MS`
   * (10_000), `METERQL_PAGE_CACHE_MAX_BYTES` (64 MiB; 0 turns the page cache off),
   * `METERQL_CACHE_SETTLED_TTL_MS` (1 h), `METERQL_CACHE_LIVE_TTL_MS` (60 s), `METERQL_UPSTREAM_PACING`
   * (true). Only variables that are set appear here; the upstream client fills in the rest.
   */
  upstream: UpstreamResilienceOptions;
  responseCache: {
    /**
     * Bound of the in-memory whole-response cache (serialized answers kept in front of Apollo), in
     * bytes; 0 turns it off. `METERQL_RESPONSE_CACHE_MAX_BYTES`, defaults to 64 MiB.
     */
    maxBytes: number;
  };
  metrics: {
    /** Serve Prometheus metrics at `/metrics`. `METERQL_METRICS` (`true`/`false`), defaults to true. */
    enabled: boolean;
    /** Include Node.js process metrics (CPU, memory, event loop). `METERQL_PROCESS_METRICS`, defaults to true. */
    processMetrics: boolean;
    /** The most distinct operation names kept as label values; later names count as `other`. `METERQL_METRICS_MAX_OPERATIONS`, defaults to 100. */
    maxOperationNames: number;
  };
  /** The HTTP edge: allowed hosts, CORS origins, connection and timeout limits (see {@link HttpEdgeConfig}). */
  edge: HttpEdgeConfig;
  /**
   * Who may call the gateway (`METERQL_AUTH`: `off`, `tokens` or `jwt`; see src/security/authConfig.ts).
   * Off is allowed only on a loopback `HOST`; on, `/metrics` requires `METERQL_METRICS_TOKEN`.
   */
  auth: AuthConfig;
  /**
   * Query-shape limits, the upstream-cost budget, the response-size cap and per-client limits
   * (`METERQL_MAX_*`, `METERQL_COST_LIST_SIZE`, `METERQL_CLIENT_*`; see SecurityLimits).
   */
  limits: SecurityLimits;
  /** Simulator knobs for the embedded default and `meterql simulate`. */
  simulator: {
    /** `METERQL_SIM_PORT` for `meterql simulate`, defaults to `4010`. */
    port: number;
    /** `METERQL_SIM_SEED`, defaults to `meterql`. */
    seed: string;
    /** `METERQL_SIM_NOW` (ISO-8601): the simulated "now"; defaults to the real clock. */
    now: Date | null;
    /** `METERQL_SIM_LATENCY_MS`, defaults to 0. */
    latencyMs: number;
  };
}

/** Default bound of the response cache: 64 MiB. */
const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

/** Raised when the environment holds a value meterql cannot use; names the variable. */
export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`${variable} must be ${expected}, but got: ${JSON.stringify(got)}`);
    this.name = 'ConfigError';
  }
}

export function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return n;
}

export function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, 'true or false', raw);
}

/** The most workers `METERQL_WORKERS` may ask for. */
export const MAX_WORKERS = 64;

/** `METERQL_WORKERS`: 1 when unset, the number of cores for `auto`, else an integer 1..64. */
function workersVar(env: NodeJS.ProcessEnv): number {
  const raw = env.METERQL_WORKERS ?? '';
  if (raw === '') return 1;
  if (raw.trim().toLowerCase() === 'auto') return Math.min(MAX_WORKERS, availableParallelism());
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ConfigError('METERQL_WORKERS', `auto or an integer from 1 to ${MAX_WORKERS}`, raw);
  }
  return n;
}

/** The resilience options set in `env` (see {@link Config.upstream}). */
function upstreamOptions(env: NodeJS.ProcessEnv): UpstreamResilienceOptions {
  const set = (name: string): boolean => env[name] !== undefined && env[name] !== '';
  const int = (name: string, min: number, max: number): number => intVar(env, name, min, min, max);
  const options: UpstreamResilienceOptions = {};
  if (set('METERQL_OPERATION_DEADLINE_MS'))
    options.operationDeadlineMs = int('METERQL_OPERATION_DEADLINE_MS', 100, 600_000);
  const retry: NonNullable<UpstreamResilienceOptions['retry']> = {};
  if (set('METERQL_UPSTREAM_MAX_ATTEMPTS')) retry.maxAttempts = int('METERQL_UPSTREAM_MAX_ATTEMPTS', 1, 10);
  if (set('METERQL_UPSTREAM_RETRY_BASE_MS')) retry.baseDelayMs = int('METERQL_UPSTREAM_RETRY_BASE_MS', 0, 60_000);
  if (set('METERQL_UPSTREAM_RETRY_MAX_MS')) retry.maxDelayMs = int('METERQL_UPSTREAM_RETRY_MAX_MS', 0, 600_000);
  if (Object.keys(retry).length > 0) options.retry = retry;
  const breaker: NonNullable<UpstreamResilienceOptions['breaker']> = {};
  if (set('METERQL_BREAKER_FAILURES')) breaker.failureThreshold = int('METERQL_BREAKER_FAILURES', 1, 1_000_000_000);
  if (set('METERQL_BREAKER_COOLDOWN_MS')) breaker.coolDownMs = int('METERQL_BREAKER_COOLDOWN_MS', 0, 3_600_000);
  if (Object.keys(breaker).length > 0) options.breaker = breaker;
  if (set('METERQL_PAGE_CACHE_MAX_BYTES')) {
    const bytes = int('METERQL_PAGE_CACHE_MAX_BYTES', 0, 2 ** 40);
    if (bytes === 0) options.cache = false;
    else options.cacheMaxBytes = bytes;
  }
  const ttls: NonNullable<UpstreamResilienceOptions['freshnessTtls']> = {};
  if (set('METERQL_CACHE_SETTLED_TTL_MS')) ttls.settledTtlMs = int('METERQL_CACHE_SETTLED_TTL_MS', 0, 7 * 86_400_000);
  if (set('METERQL_CACHE_LIVE_TTL_MS')) ttls.liveTtlMs = int('METERQL_CACHE_LIVE_TTL_MS', 0, 86_400_000);
  if (Object.keys(ttls).length > 0) options.freshnessTtls = ttls;
  if (set('METERQL_UPSTREAM_PACING')) options.pacing = boolVar(env, 'METERQL_UPSTREAM_PACING', true);
  return options;
}

/**
 * Reads and validates the configuration from `env` (defaults to `process.env`), the core's variables
 * and each provider's (`providers`, from the registry). Throws {@link ConfigError} naming the first
 * variable that is wrong.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, providers: readonly Provider[] = []): Config {
  const nowRaw = env.METERQL_SIM_NOW ?? '';
  const now = nowRaw === '' ? null : new Date(nowRaw);
  if (now && Number.isNaN(now.getTime())) {
    throw new ConfigError('METERQL_SIM_NOW', 'an ISO-8601 date-time', nowRaw);
  }
  const secret = env.METERQL_CURSOR_SECRET ?? '';
  const workers = workersVar(env);
  const providerConfigs = Object.fromEntries(providers.map((p) => [p.name, p.readConfig(env)]));
  const embedded = !providers.some((p) => p.isConfigured(providerConfigs[p.name]));
  if (workers > 1 && secret === '' && !embedded) {
    throw new ConfigError(
      'METERQL_CURSOR_SECRET',
      `set when METERQL_WORKERS runs more than one worker (${workers}), so that a cursor one worker issued is accepted by another`,
      secret,
    );
  }
  const upstream = upstreamOptions(env);
  if (workers > 1) upstream.budgetShare = 1 / workers;
  const host = env.HOST || '127.0.0.1';
  const metricsEnabled = boolVar(env, 'METERQL_METRICS', true);
  // Read before the HTTP edge: a non-loopback HOST without authentication is refused for that first.
  const auth = readAuthConfig(
    env,
    host,
    providers.map((p) => p.name),
    metricsEnabled,
  );
  return {
    host,
    port: intVar(env, 'PORT', 4000, 0, 65535),
    providers: providerConfigs,
    upstreamTimeoutMs: intVar(env, 'METERQL_UPSTREAM_TIMEOUT_MS', 30_000, 100, 600_000),
    cursorSecret: secret === '' ? randomBytes(32) : Buffer.from(secret, 'utf8'),
    workers,
    logLevel: env.LOG_LEVEL || 'info',
    drainTimeoutMs: intVar(env, 'METERQL_DRAIN_TIMEOUT_MS', 10_000, 0, 600_000),
    shutdownDelayMs: intVar(env, 'METERQL_SHUTDOWN_DELAY_MS', 0, 0, 600_000),
    upstream,
    responseCache: {
      maxBytes: intVar(env, 'METERQL_RESPONSE_CACHE_MAX_BYTES', DEFAULT_RESPONSE_CACHE_BYTES, 0, 2 ** 40),
    },
    metrics: {
      enabled: metricsEnabled,
      processMetrics: boolVar(env, 'METERQL_PROCESS_METRICS', true),
      maxOperationNames: intVar(env, 'METERQL_METRICS_MAX_OPERATIONS', 100, 1, 10_000),
    },
    edge: readHttpEdgeConfig(env, host, {
      int: (name, fallback, min, max) => intVar(env, name, fallback, min, max),
      invalid: (name, expected, got) => new ConfigError(name, expected, got),
    }),
    auth,
    limits: readSecurityLimits((name, fallback, min, max) => intVar(env, name, fallback, min, max)),
    simulator: {
      port: intVar(env, 'METERQL_SIM_PORT', 4010, 0, 65535),
      seed: env.METERQL_SIM_SEED || 'meterql',
      now,
      latencyMs: intVar(env, 'METERQL_SIM_LATENCY_MS', 0, 0, 60_000),
    },
  };
}
