import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isLoopbackAddress } from './hostAllowList.js';
import type { Caller } from './caller.js';
import { callerOfGrant, TenantGrantError } from './tenantCaller.js';

/**
 * How the gateway authenticates its callers (`METERQL_AUTH`):
 * - `off`: nobody is asked; every request is the loopback demo caller (allowed only when `HOST` is
 *   a loopback address);
 * - `tokens`: static bearer tokens from `METERQL_AUTH_TOKENS_FILE`, each mapped to a tenant;
 * - `jwt`: bearer JWTs verified against `METERQL_JWT_JWKS_URL` or `METERQL_JWT_PUBLIC_KEY`.
 */
export type AuthConfig = AuthOff | AuthTokens | AuthJwt;

/** What every mode that asks callers shares. */
interface AuthOn {
  /**
   * Whether requests may bring their own provider credentials (`DD-API-KEY`/`DD-APPLICATION-KEY`,
   * `Fastly-Key`). `METERQL_AUTH_REQUEST_CREDENTIALS` (`true`/`false`), defaults to false: a request
   * that sends them is refused with 403 before any work.
   */
  allowRequestCredentials: boolean;
  /**
   * SHA-256 of the bearer token `/metrics` requires (`METERQL_METRICS_TOKEN`, stored hashed). Null
   * only when metrics are off (`METERQL_METRICS=false`).
   */
  metricsTokenSha256: Buffer | null;
}

export interface AuthOff {
  mode: 'off';
}

export interface AuthTokens extends AuthOn {
  mode: 'tokens';
  /** The callers by the SHA-256 (hex, lowercase) of their token, as the file lists them. */
  callers: ReadonlyMap<string, Caller>;
}

export interface AuthJwt extends AuthOn {
  mode: 'jwt';
  /** `METERQL_JWT_JWKS_URL`: where the signing keys are published (exclusive with `publicKey`). */
  jwksUrl: URL | null;
  /** `METERQL_JWT_PUBLIC_KEY`: one public key, PEM (SPKI) or a JWK as JSON (exclusive with `jwksUrl`). */
  publicKey: string | null;
  /** `METERQL_JWT_ISSUER`: the `iss` every token must carry (required). */
  issuer: string;
  /** `METERQL_JWT_AUDIENCE`: the `aud` every token must carry (required). */
  audience: string;
  /** `METERQL_JWT_ALGORITHMS`, comma-separated; defaults to `RS256,PS256,ES256,ES384,EdDSA`. */
  algorithms: string[];
  /** `METERQL_JWT_CLOCK_TOLERANCE_S`: leeway for `exp`/`nbf`, in seconds; defaults to 30. */
  clockToleranceSeconds: number;
  /** Names of the claims mapped to the tenant (see {@link JwtClaimNames}). */
  claims: JwtClaimNames;
  /** The provider names the gateway serves (a token naming another is refused). */
  providers: readonly string[];
}

/** Which JWT claims say who the tenant is and what it may see. */
export interface JwtClaimNames {
  /** `METERQL_JWT_TENANT_CLAIM`, defaults to `sub`: the caller's id (a non-empty string). */
  tenant: string;
  /** `METERQL_JWT_ORGS_CLAIM`, defaults to `meterql_orgs`: the org scope (TenantGrant `orgs`). */
  orgs: string;
  /** `METERQL_JWT_PROVIDERS_CLAIM`, defaults to `meterql_providers`: whose configured keys it uses. */
  providers: string;
  /** `METERQL_JWT_TRUSTED_CLAIM`, defaults to `meterql_trusted`: `true` marks a trusted caller. */
  trusted: string;
}

/** Raised for an authentication setting meterql cannot use; names the variable (the config's ConfigError shape). */
export class AuthConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const AUTH_OFF_OFF_LOOPBACK = 'METERQL_AUTH must be set to tokens or jwt when HOST is not a loopback address';

/**
 * Refuses authentication off on a non-loopback `host` (createGateway checks again what loadConfig
 * checked, for a configuration built by hand).
 */
export function assertAuthForHost(auth: AuthConfig, host: string): void {
  if (auth.mode === 'off' && !isLoopbackAddress(host)) {
    throw new AuthConfigError(
      `${AUTH_OFF_OFF_LOOPBACK} (HOST=${host}): without authentication anyone who reaches the port reads every org's costs. Authentication may be off only on 127.0.0.1/::1/localhost, for the embedded demo`,
    );
  }
}

/** The SHA-256 of a secret, as the token file and the metrics token are compared. */
export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

function boolSetting(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name] ?? '';
  if (raw === '' || /^(false|0|no|off)$/i.test(raw)) return false;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  throw new AuthConfigError(`${name} must be true or false, but got: ${JSON.stringify(raw)}`);
}

/**
 * Reads a token file: JSON `{"tokens": [{"sha256": "<hex of the token>", "tenant": "acme", "orgs":
 * {"datadog": ["abc123"]}, "providers": ["datadog"], "trusted": false}, ...]}` (`orgs`, `providers`
 * and `trusted` as TenantGrant describes them). Tokens are never stored in clear: `sha256` is the
 * hex SHA-256 of the token (`printf %s "$TOKEN" | sha256sum`).
 */
export function readTokenFile(path: string, providers: readonly string[]): Map<string, Caller> {
  const variable = 'METERQL_AUTH_TOKENS_FILE';
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AuthConfigError(
      `${variable} must name a readable JSON file, but ${JSON.stringify(path)} could not be read: ${(err as Error).message}`,
    );
  }
  const tokens = (parsed as { tokens?: unknown } | null)?.tokens;
  if (!Array.isArray(tokens) || tokens.length === 0) {
    throw new AuthConfigError(`${variable} (${path}) must hold {"tokens": [...]} with at least one token`);
  }
  const callers = new Map<string, Caller>();
  tokens.forEach((entry: unknown, i) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const where = `${variable} (${path}) tokens[${i}]`;
    const hash = typeof e.sha256 === 'string' ? e.sha256.toLowerCase() : '';
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      throw new AuthConfigError(
        `${where}.sha256 must be 64 hex digits (the token's SHA-256), but got: ${JSON.stringify(e.sha256)}`,
      );
    }
    if (typeof e.tenant !== 'string' || e.tenant === '') {
      throw new AuthConfigError(`${where}.tenant must be a non-empty string, but got: ${JSON.stringify(e.tenant)}`);
    }
    if (callers.has(hash)) throw new AuthConfigError(`${where}.sha256 repeats an earlier token`);
    try {
      callers.set(
        hash,
        callerOfGrant({ id: e.tenant, orgs: e.orgs, providers: e.providers, trusted: e.trusted }, providers),
      );
    } catch (err) {
      if (err instanceof TenantGrantError) throw new AuthConfigError(`${where}: ${err.message}`);
      throw err;
    }
  });
  return callers;
}

/**
 * Reads `METERQL_AUTH` and its settings. Refuses authentication off on a non-loopback `host`, a
 * mode without what it needs, and `/metrics` without `METERQL_METRICS_TOKEN` when auth is on and
 * metrics are served. `providers` are the provider names the gateway serves.
 */
export function readAuthConfig(
  env: NodeJS.ProcessEnv,
  host: string,
  providers: readonly string[],
  metricsEnabled: boolean,
): AuthConfig {
  const mode = (env.METERQL_AUTH ?? '').trim().toLowerCase() || 'off';
  if (mode === 'off') {
    assertAuthForHost({ mode: 'off' }, host);
    return { mode: 'off' };
  }
  if (mode !== 'tokens' && mode !== 'jwt') {
    throw new AuthConfigError(`METERQL_AUTH must be off, tokens or jwt, but got: ${JSON.stringify(env.METERQL_AUTH)}`);
  }
  const metricsToken = env.METERQL_METRICS_TOKEN ?? '';
  if (metricsEnabled && metricsToken.length < 16) {
    throw new AuthConfigError(
      `METERQL_METRICS_TOKEN must be set (at least 16 characters) when METERQL_AUTH is on and /metrics is served (or set METERQL_METRICS=false), but got ${metricsToken === '' ? 'nothing' : `${metricsToken.length} characters`}`,
    );
  }
  const on: AuthOn = {
    allowRequestCredentials: boolSetting(env, 'METERQL_AUTH_REQUEST_CREDENTIALS'),
    metricsTokenSha256: metricsEnabled ? sha256(metricsToken) : null,
  };
  if (mode === 'tokens') {
    const file = env.METERQL_AUTH_TOKENS_FILE ?? '';
    if (file === '')
      throw new AuthConfigError(
        'METERQL_AUTH_TOKENS_FILE must name the token file when METERQL_AUTH=tokens, but it is not set',
      );
    return { mode, ...on, callers: readTokenFile(file, providers) };
  }
  const jwksRaw = env.METERQL_JWT_JWKS_URL ?? '';
  const publicKey = env.METERQL_JWT_PUBLIC_KEY ?? '';
  if ((jwksRaw === '') === (publicKey === '')) {
    throw new AuthConfigError(
      "METERQL_AUTH=jwt needs exactly one of METERQL_JWT_JWKS_URL (the issuer's JWKS) and METERQL_JWT_PUBLIC_KEY (a PEM or JWK public key), but got " +
        (jwksRaw === '' ? 'neither' : 'both'),
    );
  }
  let jwksUrl: URL | null = null;
  if (jwksRaw !== '') {
    try {
      jwksUrl = new URL(jwksRaw);
    } catch {
      jwksUrl = null;
    }
    if (jwksUrl === null || !/^https?:$/.test(jwksUrl.protocol)) {
      throw new AuthConfigError(`METERQL_JWT_JWKS_URL must be an http(s) URL, but got: ${JSON.stringify(jwksRaw)}`);
    }
  }
  const required = (name: string): string => {
    const value = env[name] ?? '';
    if (value === '') throw new AuthConfigError(`${name} must be set when METERQL_AUTH=jwt, but it is not`);
    return value;
  };
  const algorithms = (env.METERQL_JWT_ALGORITHMS ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (algorithms.some((a) => /^HS/i.test(a) || a.toLowerCase() === 'none')) {
    throw new AuthConfigError(
      `METERQL_JWT_ALGORITHMS must name public-key algorithms (e.g. RS256, ES256, EdDSA), but got: ${JSON.stringify(env.METERQL_JWT_ALGORITHMS)}`,
    );
  }
  const toleranceRaw = env.METERQL_JWT_CLOCK_TOLERANCE_S ?? '';
  const tolerance = toleranceRaw === '' ? 30 : Number(toleranceRaw);
  if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > 600) {
    throw new AuthConfigError(
      `METERQL_JWT_CLOCK_TOLERANCE_S must be an integer from 0 to 600, but got: ${JSON.stringify(toleranceRaw)}`,
    );
  }
  const claim = (name: string, fallback: string): string => (env[name] ?? '').trim() || fallback;
  return {
    mode,
    ...on,
    jwksUrl,
    publicKey: publicKey === '' ? null : publicKey,
    issuer: required('METERQL_JWT_ISSUER'),
    audience: required('METERQL_JWT_AUDIENCE'),
    algorithms: algorithms.length > 0 ? algorithms : DEFAULT_ALGORITHMS,
    clockToleranceSeconds: tolerance,
    claims: {
      tenant: claim('METERQL_JWT_TENANT_CLAIM', 'sub'),
      orgs: claim('METERQL_JWT_ORGS_CLAIM', 'meterql_orgs'),
      providers: claim('METERQL_JWT_PROVIDERS_CLAIM', 'meterql_providers'),
      trusted: claim('METERQL_JWT_TRUSTED_CLAIM', 'meterql_trusted'),
    },
    providers,
  };
}
