import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDERS } from '../../src/providers/registry.js';
import { readAuthConfig, type AuthConfig } from '../../src/security/authConfig.js';

/** A metrics token for stacks with authentication on (the gateway requires one when metrics are served). */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

/** The bearer token {@link tokenAuth} gives the tenant `tenant`. */
export function testToken(tenant: string): string {
  return `test-token-${tenant}-0123456789abcdef`;
}

/** Headers that authenticate as `tenant` (see {@link tokenAuth}). */
export function asTenant(tenant: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${testToken(tenant)}`, ...extra };
}

/**
 * `METERQL_AUTH=tokens` with a token file (written to a temporary folder) granting each tenant every
 * org (`orgs: "*"`) unless told otherwise; `trusted` and `providers` (whose configured credentials it
 * uses) as given. Each tenant's token is
 * {@link testToken}; a stack started with it (`configure: (c) => ({ ...c, auth })`) authenticates
 * through the real authenticator.
 */
export function tokenAuth(
  tenants: ReadonlyArray<{ tenant: string; trusted?: boolean; orgs?: unknown; providers?: unknown }>,
): AuthConfig {
  const file = join(mkdtempSync(join(tmpdir(), 'meterql-tokens-')), 'tokens.json');
  const tokens = tenants.map(({ tenant, trusted, orgs, providers }) => ({
    sha256: createHash('sha256').update(testToken(tenant)).digest('hex'),
    tenant,
    orgs: orgs ?? '*',
    trusted: trusted ?? false,
    ...(providers === undefined ? {} : { providers }),
  }));
  writeFileSync(file, JSON.stringify({ tokens }));
  return readAuthConfig(
    { METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: file, METERQL_METRICS_TOKEN: TEST_METRICS_TOKEN },
    '127.0.0.1',
    PROVIDERS.map((p) => p.name),
    true,
  );
}
