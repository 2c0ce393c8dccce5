import { createPublicKey, timingSafeEqual, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { headerValue } from '../http/headerValue.js';
import { sha256, type AuthConfig, type AuthJwt } from './authConfig.js';
import { LOOPBACK_DEMO_CALLER, type Caller } from './caller.js';
import { callerOfGrant, TenantGrantError } from './tenantCaller.js';

/** Why a request is refused before any work: the HTTP answer to send (see {@link sendAuthRejection}). */
export interface AuthRejection {
  /** 401: no or bad credentials; 403: authenticated, but the request asks what the caller may not. */
  status: 401 | 403;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  message: string;
  /** The `WWW-Authenticate` challenge of a 401. */
  challenge: string | null;
}

/** What authenticating one request found: its caller, or why it is refused. */
export type AuthOutcome = { ok: true; caller: Caller } | { ok: false; rejection: AuthRejection };

/**
 * Authenticates requests of every route that serves data (`/graphql`, `/export/...`). A route calls
 * `authenticate(req)` first, before reading the body or doing any work, and on `ok: false` answers
 * with {@link sendAuthRejection} and stops; on `ok: true` it runs with `caller` (its `orgScope` is what
 * the route may show). `authenticateMetrics` does the same for `/metrics` with its own token.
 */
export interface Authenticator {
  authenticate(req: IncomingMessage): Promise<AuthOutcome>;
  /** `/metrics`: true when auth is off, or the request bears `METERQL_METRICS_TOKEN`. */
  authenticateMetrics(req: IncomingMessage): boolean;
}

const REALM = 'meterql';

function unauthenticated(message: string, error: 'invalid_request' | 'invalid_token' | null): AuthOutcome {
  return {
    ok: false,
    rejection: {
      status: 401,
      code: 'UNAUTHENTICATED',
      message,
      challenge: error === null ? `Bearer realm="${REALM}"` : `Bearer realm="${REALM}", error="${error}"`,
    },
  };
}

/** The bearer token of `Authorization: Bearer <token>`; null when absent, undefined when malformed. */
function bearerToken(req: IncomingMessage): string | null | undefined {
  const raw = headerValue(req.headers, 'authorization');
  if (raw === null) return null;
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(raw);
  return match?.[1] ?? undefined;
}

/** The answer to a `/metrics` request without `Authorization: Bearer <METERQL_METRICS_TOKEN>`. */
export const METRICS_REJECTION: AuthRejection = {
  status: 401,
  code: 'UNAUTHENTICATED',
  message: '/metrics requires Authorization: Bearer <METERQL_METRICS_TOKEN>',
  challenge: `Bearer realm="${REALM}-metrics"`,
};

/** Answers a refused request: the status, `WWW-Authenticate` for a 401, and a GraphQL-shaped JSON error. */
export function sendAuthRejection(res: ServerResponse, rejection: AuthRejection): void {
  res.writeHead(rejection.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(rejection.challenge !== null ? { 'www-authenticate': rejection.challenge } : {}),
  });
  res.end(JSON.stringify({ errors: [{ message: rejection.message, extensions: { code: rejection.code } }] }));
}

/** Whether a presented secret's SHA-256 equals `expected`, in constant time. */
function matchesHash(secret: string, expected: Buffer): boolean {
  return timingSafeEqual(sha256(secret), expected);
}

/** The key a JWT is verified with: the remote JWKS (fetched and cached by jose) or the one configured key. */
function jwtKey(config: AuthJwt): JWTVerifyGetKey | KeyObject {
  if (config.jwksUrl !== null) return createRemoteJWKSet(config.jwksUrl);
  const text = (config.publicKey as string).trim();
  return text.startsWith('{')
    ? createPublicKey({ key: JSON.parse(text) as JsonWebKey, format: 'jwk' })
    : createPublicKey(text);
}

/** What a JWT verification failure tells the caller (never the token itself). */
function jwtProblem(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'the bearer token has expired';
  if (err instanceof joseErrors.JWTClaimValidationFailed)
    return `the bearer token's ${err.claim} claim is not accepted (${err.reason})`;
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return "the bearer token's signature does not verify";
  if (err instanceof joseErrors.JWKSNoMatchingKey)
    return 'the bearer token is signed by a key the issuer does not publish';
  if (err instanceof joseErrors.JOSEAlgNotAllowed)
    return 'the bearer token is signed with an algorithm that is not accepted';
  if (err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid)
    return "the issuer's keys could not be fetched";
  if (err instanceof joseErrors.JOSEError) return 'the bearer token is not a valid JWT';
  return 'the bearer token could not be verified';
}

/**
 * The authenticator of `config` (see {@link Authenticator}). `credentialHeaders` are the request
 * headers that carry provider credentials: unless `allowRequestCredentials`, a request sending one
 * is refused (403), so every tenant runs on the keys the operator configured for it.
 * `Authorization` is the gateway's own (the bearer token), never taken for a provider's, even where
 * a provider's upstream uses that name for its key (F5 Distributed Cloud).
 */
export function createAuthenticator(config: AuthConfig, providerCredentialHeaders: readonly string[]): Authenticator {
  const credentialHeaders = providerCredentialHeaders.filter((h) => h.toLowerCase() !== 'authorization');
  if (config.mode === 'off') {
    return {
      authenticate: () => Promise.resolve({ ok: true, caller: LOOPBACK_DEMO_CALLER }),
      authenticateMetrics: () => true,
    };
  }
  const verify: (token: string) => Promise<AuthOutcome> =
    config.mode === 'tokens'
      ? (token) => {
          const caller = config.callers.get(sha256(token).toString('hex'));
          return Promise.resolve(
            caller === undefined
              ? unauthenticated('The bearer token is not known', 'invalid_token')
              : { ok: true, caller },
          );
        }
      : jwtVerifier(config);
  const refuseRequestCredentials = !config.allowRequestCredentials;
  return {
    async authenticate(req) {
      const token = bearerToken(req);
      if (token === null) {
        return unauthenticated('Authentication required: send Authorization: Bearer <token>', null);
      }
      if (token === undefined) {
        return unauthenticated('The Authorization header must be Bearer <token>, but it is not', 'invalid_request');
      }
      if (refuseRequestCredentials) {
        const sent = credentialHeaders.filter((h) => headerValue(req.headers, h) !== null);
        if (sent.length > 0) {
          return {
            ok: false,
            rejection: {
              status: 403,
              code: 'FORBIDDEN',
              message: `This gateway does not accept provider credentials in requests (it uses the keys its operator configured), but the request sends: ${sent.join(', ')}`,
              challenge: null,
            },
          };
        }
      }
      return verify(token);
    },
    authenticateMetrics(req) {
      const token = bearerToken(req);
      return (
        typeof token === 'string' && config.metricsTokenSha256 !== null && matchesHash(token, config.metricsTokenSha256)
      );
    },
  };
}

/** Verifies a bearer JWT (signature, `iss`, `aud`, `exp`/`nbf`) and maps its claims to a caller. */
function jwtVerifier(config: AuthJwt): (token: string) => Promise<AuthOutcome> {
  const key = jwtKey(config);
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.algorithms,
    clockTolerance: config.clockToleranceSeconds,
  };
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      payload =
        typeof key === 'function'
          ? (await jwtVerify(token, key, options)).payload
          : (await jwtVerify(token, key, options)).payload;
    } catch (err) {
      return unauthenticated(`The bearer token is refused: ${jwtProblem(err)}`, 'invalid_token');
    }
    const { claims } = config;
    const tenant = payload[claims.tenant];
    if (typeof tenant !== 'string' || tenant === '') {
      return unauthenticated(
        `The bearer token's ${claims.tenant} claim must name the tenant, but it does not`,
        'invalid_token',
      );
    }
    try {
      return {
        ok: true,
        caller: callerOfGrant(
          {
            id: tenant,
            orgs: payload[claims.orgs] ?? [],
            providers: payload[claims.providers],
            trusted: payload[claims.trusted],
          },
          config.providers,
        ),
      };
    } catch (err) {
      if (err instanceof TenantGrantError)
        return unauthenticated(`The bearer token's claims are refused: ${err.message}`, 'invalid_token');
      throw err;
    }
  };
}
