import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/gateway/config.js';
import { createGateway, createLogger } from '../../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../../src/providers/registry.js';
import { isLoopbackAddress } from '../../../src/security/hostAllowList.js';

/** Start-up refuses what would expose the gateway: authentication off off loopback, half-set modes. */

const METRICS = { METERQL_METRICS_TOKEN: 'metrics-token-0123456789' };

function tokenFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'meterql-auth-')), 'tokens.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const GOOD_FILE = (): string =>
  tokenFile({ tokens: [{ sha256: createHash('sha256').update('t').digest('hex'), tenant: 'a', orgs: '*' }] });

describe('authentication at start-up', () => {
  it('refuses a non-loopback HOST without METERQL_AUTH, naming the variable and why', () => {
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'gateway.internal']) {
      expect(() => loadConfig({ HOST: host }, PROVIDERS)).toThrow(
        /METERQL_AUTH must be set to tokens or jwt when HOST is not a loopback address/,
      );
      expect(() => loadConfig({ HOST: host, METERQL_AUTH: 'off' }, PROVIDERS)).toThrow(/METERQL_AUTH/);
    }
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) {
      expect(isLoopbackAddress(host), host).toBe(true);
      expect(loadConfig({ HOST: host }, PROVIDERS).auth).toEqual({ mode: 'off' });
    }
  });

  it('createGateway refuses a hand-built configuration with auth off on a public interface, before listening', async () => {
    const config = { ...loadConfig({ PORT: '0' }, PROVIDERS), host: '0.0.0.0' };
    await expect(createGateway(config, { providers: PROVIDERS, logger: createLogger('silent') })).rejects.toThrow(
      /METERQL_AUTH must be set/,
    );
  });

  it('with auth on, a non-loopback HOST is accepted', () => {
    const config = loadConfig(
      {
        HOST: '0.0.0.0',
        METERQL_ALLOWED_HOSTS: 'meterql.internal',
        METERQL_AUTH: 'tokens',
        METERQL_AUTH_TOKENS_FILE: GOOD_FILE(),
        ...METRICS,
      },
      PROVIDERS,
    );
    expect(config.auth.mode).toBe('tokens');
  });

  it('refuses half-configured modes with a message naming what is missing', () => {
    const cases: Array<[NodeJS.ProcessEnv, RegExp]> = [
      [{ METERQL_AUTH: 'basic' }, /METERQL_AUTH must be off, tokens or jwt/],
      [{ METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: GOOD_FILE() }, /METERQL_METRICS_TOKEN must be set/],
      [{ METERQL_AUTH: 'tokens', ...METRICS }, /METERQL_AUTH_TOKENS_FILE must name the token file/],
      [
        { METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: '/nonexistent/tokens.json', ...METRICS },
        /readable JSON file/,
      ],
      [
        {
          METERQL_AUTH: 'tokens',
          METERQL_AUTH_TOKENS_FILE: tokenFile({ tokens: [{ sha256: 'abc', tenant: 'a' }] }),
          ...METRICS,
        },
        /sha256 must be 64 hex digits/,
      ],
      [
        {
          METERQL_AUTH: 'tokens',
          METERQL_AUTH_TOKENS_FILE: tokenFile({
            tokens: [{ sha256: 'a'.repeat(64), tenant: 'a', orgs: { datdog: ['x'] } }],
          }),
          ...METRICS,
        },
        /names provider "datdog", but the gateway serves only: datadog, fastly/,
      ],
      [
        { METERQL_AUTH: 'jwt', METERQL_JWT_ISSUER: 'i', METERQL_JWT_AUDIENCE: 'a', ...METRICS },
        /exactly one of METERQL_JWT_JWKS_URL/,
      ],
      [
        { METERQL_AUTH: 'jwt', METERQL_JWT_JWKS_URL: 'https://x/jwks', METERQL_JWT_AUDIENCE: 'a', ...METRICS },
        /METERQL_JWT_ISSUER must be set/,
      ],
      [
        {
          METERQL_AUTH: 'jwt',
          METERQL_JWT_JWKS_URL: 'https://x/jwks',
          METERQL_JWT_ISSUER: 'i',
          METERQL_JWT_AUDIENCE: 'a',
          METERQL_JWT_ALGORITHMS: 'HS256',
          ...METRICS,
        },
        /public-key algorithms/,
      ],
    ];
    for (const [env, message] of cases) expect(() => loadConfig(env, PROVIDERS), JSON.stringify(env)).toThrow(message);
  });

  it('with metrics off, no metrics token is needed', () => {
    const config = loadConfig(
      { METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: GOOD_FILE(), METERQL_METRICS: 'false' },
      PROVIDERS,
    );
    expect(config.auth.mode).toBe('tokens');
  });
});
