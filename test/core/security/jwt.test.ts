import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../src/providers/registry.js';
import { createDatadogWorld } from '../../../src/providers/datadog/simulator/index.js';
import { readAuthConfig, type AuthConfig } from '../../../src/security/authConfig.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/**
 * METERQL_AUTH=jwt through the real stack: tokens signed with keys generated here, verified against
 * a JWKS a local HTTP server publishes (and, once, against a static public key).
 */

const ISSUER = 'https://issuer.test/';
const AUDIENCE = 'meterql-test';
const METRICS_TOKEN = 'metrics-token-0123456789';
const KID = 'k1';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers
type Json = any;

const world = createDatadogWorld({ seed: 'meterql', now: new Date(), dataDelayHours: () => 72 });
const orgs = world.orgs.map((o) => o.publicId);
const inScope = [orgs[1]!, orgs[2]!];

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  exp?: number;
  meterql_orgs?: unknown;
}

async function sign(key: CryptoKey, claims: Claims, kid = KID): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { sub = 'acme', iss = ISSUER, aud = AUDIENCE, exp = now + 300, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject(sub)
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now - 10)
    .setExpirationTime(exp)
    .sign(key);
}

function jwtAuth(extra: Record<string, string>): AuthConfig {
  return readAuthConfig(
    {
      METERQL_AUTH: 'jwt',
      METERQL_JWT_ISSUER: ISSUER,
      METERQL_JWT_AUDIENCE: AUDIENCE,
      METERQL_METRICS_TOKEN: METRICS_TOKEN,
      ...extra,
    },
    '127.0.0.1',
    PROVIDERS.map((p) => p.name),
    true,
  );
}

describe('JWT bearer tokens (METERQL_AUTH=jwt)', () => {
  let signing: { privateKey: CryptoKey; publicKey: CryptoKey };
  let other: { privateKey: CryptoKey; publicKey: CryptoKey };
  let jwks: Server;
  let jwksRequests = 0;
  let stack: Stack;

  beforeAll(async () => {
    signing = await generateKeyPair('RS256', { extractable: true });
    other = await generateKeyPair('RS256', { extractable: true });
    const published: JWK = { ...(await exportJWK(signing.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [published] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    const auth = jwtAuth({ METERQL_JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` });
    stack = await startStack({}, (config) => ({ ...config, auth }));
  });
  afterAll(async () => {
    await stack.stop();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  it('a token signed by a published key, for this issuer and audience, reads its scope', async () => {
    const token = await sign(signing.privateKey, { meterql_orgs: { datadog: inScope } });
    const res = await stack.gql<Json>(
      '{ orgs { publicId } account { publicId } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data.orgs.map((o: Json) => o.publicId)).toEqual(inScope);
    expect(res.body.data.account).toBeNull();
    expect(jwksRequests).toBeGreaterThan(0);
    // The same claims in the provider:orgId form, and "*" for everything.
    const listed = await sign(signing.privateKey, { meterql_orgs: [`datadog:${orgs[3]!}`] });
    const one = await stack.gql<Json>('{ orgs { publicId } }', {}, { authorization: `Bearer ${listed}` });
    expect(one.body.data.orgs).toEqual([{ publicId: orgs[3] }]);
    const all = await sign(signing.privateKey, { sub: 'ops', meterql_orgs: '*' });
    const every = await stack.gql<Json>('{ orgs { publicId } }', {}, { authorization: `Bearer ${all}` });
    expect(every.body.data.orgs.map((o: Json) => o.publicId)).toEqual(orgs);
  });

  it('bad signature, expired, wrong audience, wrong issuer, no orgs claim: each refused with 0 upstream requests', async () => {
    const now = Math.floor(Date.now() / 1000);
    const good = await sign(signing.privateKey, { meterql_orgs: { datadog: inScope } });
    const [head, body] = good.split('.');
    const cases: Array<[string, string, RegExp]> = [
      ['bad signature', await sign(other.privateKey, { meterql_orgs: '*' }), /signature/],
      ['unknown key id', await sign(other.privateKey, { meterql_orgs: '*' }, 'k2'), /key/],
      ['expired', await sign(signing.privateKey, { meterql_orgs: '*', exp: now - 3600 }), /expired/],
      ['wrong audience', await sign(signing.privateKey, { meterql_orgs: '*', aud: 'someone-else' }), /aud/],
      ['wrong issuer', await sign(signing.privateKey, { meterql_orgs: '*', iss: 'https://evil.test/' }), /iss/],
      [
        'payload swapped',
        `${head}.${Buffer.from(JSON.stringify({ sub: 'acme', iss: ISSUER, aud: AUDIENCE, meterql_orgs: '*' })).toString('base64url')}.${good.split('.')[2]}`,
        /signature/,
      ],
      ['not a JWT', `${head}.${body}`, /not a valid JWT/],
    ];
    stack.sim.log.clear();
    for (const [name, token, reason] of cases) {
      const res = await stack.gql('{ orgs { publicId } }', {}, { authorization: `Bearer ${token}` });
      expect(res.status, name).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message, name).toMatch(reason);
    }
    // A verified token without an orgs claim sees no org (deny by default).
    const none = await sign(signing.privateKey, {});
    const res = await stack.gql<Json>('{ orgs { publicId } }', {}, { authorization: `Bearer ${none}` });
    expect(res.body.data.orgs).toEqual([]);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a static public key (METERQL_JWT_PUBLIC_KEY, PEM) verifies the same way', async () => {
    const pem = await exportSPKI(signing.publicKey);
    const auth = jwtAuth({ METERQL_JWT_PUBLIC_KEY: pem });
    const own = await startStack({}, (config) => ({ ...config, auth }));
    try {
      const token = await sign(signing.privateKey, { meterql_orgs: { datadog: inScope } });
      const ok = await own.gql<Json>('{ orgs { publicId } }', {}, { authorization: `Bearer ${token}` });
      expect(ok.body.data.orgs.map((o: Json) => o.publicId)).toEqual(inScope);
      const forged = await sign(other.privateKey, { meterql_orgs: '*' });
      const refused = await own.gql('{ orgs { publicId } }', {}, { authorization: `Bearer ${forged}` });
      expect(refused.status).toBe(401);
    } finally {
      await own.stop();
    }
  });
});
