import { HostAllowList, isLoopbackAddress, isWildcardAddress, LOOPBACK_HOST_NAMES } from './hostAllowList.js';
import { parseCorsOrigins } from './corsPolicy.js';

/** The gateway's HTTP edge: which requests it answers at all, and the limits of its HTTP server. */
export interface HttpEdgeConfig {
  /**
   * The `Host` values served; any other gets 421 before any work (DNS rebinding defence).
   * `METERQL_ALLOWED_HOSTS`, comma-separated: `name`, `name:port`, `[v6]`, `.example.com` (domain and
   * subdomains) or `*` alone (any Host: only when a proxy in front checks it). Defaults to the
   * loopback names (`localhost`, `127.0.0.1`, `[::1]`, any port) and `HOST` itself when `HOST` is a
   * loopback address, to the `HOST` address itself when it is another single address, and must be set when `HOST`
   * listens on every interface (`0.0.0.0`, `::`). `/healthz` and `/readyz` answer any Host.
   */
  allowedHosts: HostAllowList;
  /**
   * Origins whose browser pages may call `/graphql` cross-origin (CORS). `METERQL_CORS_ORIGINS`,
   * comma-separated exact origins (`https://app.example.com`); defaults to none.
   */
  corsOrigins: readonly string[];
  /** Most simultaneous client connections; more are closed at once. `METERQL_MAX_CONNECTIONS`, defaults to 1_000. */
  maxConnections: number;
  /** Time a client has to send a request's headers. `METERQL_HEADERS_TIMEOUT_MS`, defaults to 10_000. */
  headersTimeoutMs: number;
  /**
   * Time a client has to send a whole request (headers and body; not the time to answer it).
   * `METERQL_REQUEST_TIMEOUT_MS`, defaults to 30_000; at least the headers timeout.
   */
  requestTimeoutMs: number;
  /**
   * How long an idle keep-alive connection stays open. `METERQL_KEEP_ALIVE_TIMEOUT_MS`, defaults to
   * 5_000; behind a load balancer set it above the balancer's idle timeout.
   */
  keepAliveTimeoutMs: number;
}

/** What reading the edge settings needs from config.ts (kept there, so this module imports none of it). */
export interface SettingReaders {
  int(name: string, fallback: number, min: number, max: number): number;
  /** The error for variable `name`, which should be `expected` but is `got`. */
  invalid(name: string, expected: string, got: string): Error;
}

/** `METERQL_ALLOWED_HOSTS`, or its default for the listening address `listenHost`. */
function allowedHostsOf(env: NodeJS.ProcessEnv, listenHost: string, read: SettingReaders): HostAllowList {
  const raw = env.METERQL_ALLOWED_HOSTS ?? '';
  if (raw.trim() !== '') {
    try {
      return HostAllowList.parse(raw);
    } catch (err) {
      throw read.invalid('METERQL_ALLOWED_HOSTS', (err as Error).message, raw);
    }
  }
  if (isWildcardAddress(listenHost)) {
    throw read.invalid(
      'METERQL_ALLOWED_HOSTS',
      `set when HOST listens on every interface (${JSON.stringify(listenHost)}): the host names clients reach the gateway by, comma-separated (or * when a proxy in front checks Host)`,
      raw,
    );
  }
  const literal = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  // On loopback, the loopback names too: a client may reach 127.0.0.1 as localhost, and the reverse.
  const names = isLoopbackAddress(listenHost) ? [...LOOPBACK_HOST_NAMES, literal.toLowerCase()] : [literal];
  return HostAllowList.parse([...new Set(names)].join(','));
}

/** Reads the edge settings (see {@link HttpEdgeConfig}) for a gateway listening on `listenHost`. */
export function readHttpEdgeConfig(env: NodeJS.ProcessEnv, listenHost: string, read: SettingReaders): HttpEdgeConfig {
  const originsRaw = env.METERQL_CORS_ORIGINS ?? '';
  let corsOrigins: string[];
  try {
    corsOrigins = parseCorsOrigins(originsRaw);
  } catch (err) {
    throw read.invalid('METERQL_CORS_ORIGINS', (err as Error).message, originsRaw);
  }
  const headersTimeoutMs = read.int('METERQL_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = read.int('METERQL_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000);
  if (requestTimeoutMs < headersTimeoutMs) {
    throw read.invalid(
      'METERQL_REQUEST_TIMEOUT_MS',
      `at least METERQL_HEADERS_TIMEOUT_MS (${headersTimeoutMs}): the whole request includes its headers`,
      String(requestTimeoutMs),
    );
  }
  return {
    allowedHosts: allowedHostsOf(env, listenHost, read),
    corsOrigins,
    maxConnections: read.int('METERQL_MAX_CONNECTIONS', 1_000, 1, 1_000_000),
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: read.int('METERQL_KEEP_ALIVE_TIMEOUT_MS', 5_000, 0, 600_000),
  };
}
