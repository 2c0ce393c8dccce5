import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { loadConfig } from '../../../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../../../src/gateway/createGateway.js';
import { toGlobalId } from '../../../../src/graphql/globalId.js';
import { PROVIDERS } from '../../../../src/providers/registry.js';
import { createDatadogWorld } from '../../../../src/providers/datadog/simulator/index.js';
import { createFastlyWorld } from '../../../../src/providers/fastly/simulator/index.js';
import { createF5xcWorld } from '../../../../src/providers/f5xc/simulator/index.js';

/** With nothing configured, every provider runs on its embedded simulator; their orgs implement `Org`. */

const NOW = new Date('2026-11-20T10:00:00Z');
let gateway: Gateway;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers
type Json = any;

async function gql(query: string): Promise<Json> {
  const res = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.body.json()) as Json;
}

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', METERQL_SIM_NOW: NOW.toISOString() }, PROVIDERS);
  gateway = await createGateway(config, { providers: PROVIDERS, logger: createLogger('silent') });
});
afterAll(() => gateway.stop());

describe('providers and orgs across providers', () => {
  it('reports Datadog and Fastly as simulated, with their embedded simulators started', async () => {
    const res = await gql('{ providers { name displayName configured mode } }');
    expect(res.data.providers).toEqual([
      { name: 'DATADOG', displayName: 'Datadog', configured: true, mode: 'SIMULATED' },
      { name: 'FASTLY', displayName: 'Fastly', configured: true, mode: 'SIMULATED' },
      { name: 'F5XC', displayName: 'F5 Distributed Cloud', configured: true, mode: 'SIMULATED' },
    ]);
    const [datadog, fastly] = gateway.providers;
    expect(datadog?.connection.mode).toBe('simulated');
    expect(datadog?.connection.simulator?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fastly?.connection.mode).toBe('simulated');
    expect(fastly?.connection.simulator?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fastly?.connection.simulator?.url).not.toBe(datadog?.connection.simulator?.url);
  });

  it('orgs lists the simulated account as DatadogOrg rows of the Org interface, parent first', async () => {
    const world = createDatadogWorld({ seed: 'meterql', now: NOW, dataDelayHours: () => 72 });
    const res = await gql(`{
      orgs(provider: DATADOG) { __typename id provider publicId name isAccount parent { publicId } ... on DatadogOrg { region } }
      all: orgs { publicId }
    }`);
    expect(res.errors).toBeUndefined();
    const expected = [...world.orgs]
      .sort((a, b) => Number(a.parentPublicId !== null) - Number(b.parentPublicId !== null))
      .map((o) => ({
        __typename: 'DatadogOrg',
        id: toGlobalId('DatadogOrg', o.publicId),
        provider: 'DATADOG',
        publicId: o.publicId,
        name: o.name,
        isAccount: o.parentPublicId === null,
        parent: o.parentPublicId === null ? null : { publicId: o.parentPublicId },
        region: o.region,
      }));
    expect(res.data.orgs).toEqual(expected);
    // Every provider's orgs: Datadog's, then the Fastly customer, then the F5 tenant (and its namespaces).
    const customer = createFastlyWorld('meterql', NOW).customers[0]!;
    const tenant = createF5xcWorld('meterql', NOW).tenant;
    expect(res.data.all.slice(0, expected.length + 2)).toEqual([
      ...expected.map((o) => ({ publicId: o.publicId })),
      { publicId: customer.id },
      { publicId: tenant },
    ]);
  });

  it('an unknown provider name is refused before anything runs', async () => {
    const res = await gql('{ orgs(provider: NOPE) { name } }');
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toMatch(/NOPE/);
  });
});
