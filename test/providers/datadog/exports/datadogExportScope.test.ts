import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../../src/providers/registry.js';
import { readAuthConfig } from '../../../../src/security/authConfig.js';
import { createDatadogWorld } from '../../../../src/providers/datadog/simulator/index.js';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

const OPS_TOKEN = 'ops-token-rollup-0123456789';
const TENANT_TOKEN = 'tenant-token-rollup-0123456789';
const hex = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * `usageRollup` and the Datadog exports read the whole account: a caller whose token is scoped to
 * some orgs is refused (403 for the exports, FORBIDDEN in GraphQL) before any upstream call; the
 * operator's full-access token reads them.
 */
describe('usageRollup and the Datadog exports under org-scoped tokens', () => {
  let stack: Stack;
  let origin: string;
  const ops = { authorization: `Bearer ${OPS_TOKEN}` };
  const tenant = { authorization: `Bearer ${TENANT_TOKEN}` };

  beforeAll(async () => {
    const world = createDatadogWorld({ seed: 'meterql', now: new Date(), dataDelayHours: () => 72 });
    const dir = mkdtempSync(join(tmpdir(), 'meterql-rollup-auth-'));
    const file = join(dir, 'tokens.json');
    writeFileSync(
      file,
      JSON.stringify({
        tokens: [
          { sha256: hex(OPS_TOKEN), tenant: 'ops', orgs: '*' },
          { sha256: hex(TENANT_TOKEN), tenant: 'acme', orgs: { datadog: [world.orgs[1]!.publicId] } },
        ],
      }),
    );
    const auth = readAuthConfig(
      { METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: file, METERQL_METRICS_TOKEN: 'metrics-token-rollup-0123' },
      '127.0.0.1',
      PROVIDERS.map((p) => p.name),
      true,
    );
    stack = await startStack({}, (config) => ({ ...config, auth }));
    origin = new URL(stack.gateway.url).origin;
  });
  afterAll(() => stack?.stop());

  it('refuses a scoped caller, reads for the operator', async () => {
    const start = hoursBefore(stack.sim.world.now, 48);
    const end = hoursBefore(stack.sim.world.now, 24);
    stack.sim.log.clear();
    for (const path of [`usageRollup.csv?start=${start}&end=${end}`, `hourlyUsage.ndjson?start=${start}&end=${end}`]) {
      const res = await request(`${origin}/export/${path}`, { headers: tenant });
      const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(res.statusCode).toBe(403);
      expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0]?.message).toMatch(/reads every org of the account/);
    }
    const gql = await stack.gql(`query { usageRollup(start: "${start}", end: "${end}") { value } }`, {}, tenant);
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stack.sim.log.count()).toBe(0);

    const ok = await request(`${origin}/export/usageRollup.csv?start=${start}&end=${end}&productFamilies=infra_hosts`, {
      headers: ops,
    });
    expect(ok.statusCode).toBe(200);
    expect((await ok.body.text()).split('\r\n')[0]).toBe(
      'period_start,period_end,org_public_id,product_family,usage_type,aggregation,value,hours',
    );
  });
});
