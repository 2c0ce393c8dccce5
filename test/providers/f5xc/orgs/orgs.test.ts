import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/gateway/config.js';
import { createGateway, createLogger } from '../../../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../../../src/providers/registry.js';
import { f5xcProvider } from '../../../../src/providers/f5xc/f5xcProvider.js';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import { startFastlyStack } from '../../../helpers/fastlyStack.js';
import { gqlClient } from '../../../helpers/stack.js';

interface Org {
  id: string;
  provider: string;
  publicId: string;
  name: string;
  isAccount: boolean;
  namespace: string;
  parent: { name: string } | null;
  children: Array<{ name: string }> | null;
}
const ORG = 'id provider publicId name isAccount namespace parent { name } children { name }';

let stack: F5xcStack;

beforeAll(async () => {
  stack = await startF5xcStack();
});
afterAll(async () => {
  await stack.stop();
});

describe('F5 orgs', () => {
  it('the tenant is the account org; its namespaces with usage this month are its children', async () => {
    stack.sim.log.clear();
    const res = await stack.gql<{ orgs: Org[]; f5xcTenant: Org }>(
      `{ orgs(provider: F5XC) { ... on F5xcOrg { ${ORG} } } f5xcTenant { ${ORG} } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const { orgs, f5xcTenant } = res.body.data!;
    const tenant = stack.sim.world.tenant;
    const names = stack.sim.world.namespaces.map((n) => n.name);
    expect(orgs.map((o) => [o.name, o.namespace, o.isAccount, o.parent?.name ?? null])).toEqual([
      [tenant, 'system', true, null],
      ...names.map((n) => [n, n, false, tenant]),
    ]);
    expect(f5xcTenant).toEqual(orgs[0]);
    expect(f5xcTenant.children!.map((c) => c.name)).toEqual(names);
    expect(orgs.slice(1).every((o) => o.children!.length === 0)).toBe(true);
    expect(orgs.every((o) => o.provider === 'F5XC')).toBe(true);
    // The org list and `children` share one usage_details request.
    expect(stack.sim.log.count({ endpoint: 'ListUsageDetails' })).toBe(1);
  });

  it('node(id:) fetches the tenant and a namespace again; an ID of another tenant is null', async () => {
    const list = await stack.gql<{ orgs: Org[] }>(`{ orgs(provider: F5XC) { ... on F5xcOrg { ${ORG} } } }`);
    const [tenant, shop] = list.body.data!.orgs;
    const res = await stack.gql<{ a: Org; b: Org; c: Org | null }>(
      `query($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { ... on F5xcOrg { ${ORG} } } b: node(id: $b) { ... on F5xcOrg { ${ORG} } } c: node(id: $c) { id } }`,
      { a: tenant!.id, b: shop!.id, c: Buffer.from('F5xcOrg:other/shop').toString('base64') },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ a: tenant, b: shop, c: null });
  });
});

describe('the GraphiQL example', () => {
  it('runs without errors and reads every operation', async () => {
    const example = f5xcProvider.example!(new Date());
    stack.sim.log.clear();
    const res = await stack.gql<{ f5xcTenant: { usage: unknown[]; currentPeriod: { totalCost: string } } }>(
      example.query,
      example.variables,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.f5xcTenant.usage.length).toBeGreaterThan(0);
    expect(new Set(stack.sim.log.entries().map((e) => e.endpoint)).size).toBe(4);
  });
});

describe('F5 reach', () => {
  it('with no provider configured, all three embedded simulators start and F5 answers from its own', async () => {
    const gateway = await createGateway(loadConfig({ PORT: '0' }, PROVIDERS), {
      providers: PROVIDERS,
      logger: createLogger('warn'),
    });
    try {
      expect(gateway.providers.map(({ connection }) => connection.banner.replace(/http:\S+/, 'URL'))).toEqual([
        'embedded Datadog simulator: URL  (no DD_API_KEY/DD_APP_KEY set)',
        'embedded Fastly simulator: URL  (no FASTLY_API_TOKEN set)',
        'embedded F5 Distributed Cloud simulator: URL  (no F5XC_API_TOKEN/METERQL_F5XC_URL set)',
      ]);
      const res = await gqlClient(gateway.url)<{
        providers: Array<{ name: string; mode: string }>;
        f5xcTenant: { monthlyCharges: unknown[] };
      }>(`{ providers { name mode } f5xcTenant { name monthlyCharges { amount } } }`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.providers).toEqual([
        { name: 'DATADOG', mode: 'SIMULATED' },
        { name: 'FASTLY', mode: 'SIMULATED' },
        { name: 'F5XC', mode: 'SIMULATED' },
      ]);
      expect(res.body.data!.f5xcTenant.monthlyCharges.length).toBeGreaterThan(0);
    } finally {
      await gateway.stop();
    }
  });

  it('next to a configured provider, an unconfigured F5 lists no orgs and its fields fail UNAUTHENTICATED', async () => {
    const fastly = await startFastlyStack();
    try {
      const res = await fastly.gql<{ providers: Array<{ name: string; mode: string }>; orgs: unknown[] }>(
        `{ providers { name mode } orgs(provider: F5XC) { name } f5xcTenant { name } }`,
      );
      expect(res.body.data!.providers).toContainEqual({ name: 'F5XC', mode: 'UNCONFIGURED' });
      expect(res.body.data!.orgs).toEqual([]);
      expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['f5xcTenant'], 'UNAUTHENTICATED']]);
    } finally {
      await fastly.stop();
    }
  });

  it('refuses a token without the tenant URL, naming the variable', () => {
    expect(() => loadConfig({ F5XC_API_TOKEN: 't' }, PROVIDERS)).toThrow(
      /METERQL_F5XC_URL must be the tenant's console URL/,
    );
    const config = loadConfig(
      { F5XC_API_TOKEN: 't', METERQL_F5XC_URL: 'https://acme.console.ves.volterra.io/' },
      PROVIDERS,
    );
    expect(config.providers.f5xc).toEqual({
      baseUrl: 'https://acme.console.ves.volterra.io',
      token: 't',
      tenant: 'acme',
    });
  });
});
