import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSchema, getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayTypeDefs } from '../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { datadogProvider } from '../../src/providers/datadog/datadogProvider.js';
import type { ProviderConnection } from '../../src/gateway/provider.js';
import { createContext, type GatewayContext } from '../../src/gateway/context.js';
import { gatewayFieldSpecs, gatewayResolvers } from '../../src/graphql/resolvers.js';
import { nodeTypesOf } from '../../src/graphql/resolveNode.js';

const loadTypeDefs = (): string[] => gatewayTypeDefs(PROVIDERS);
const fieldSpecs = gatewayFieldSpecs(PROVIDERS);
import { mergeResolvers } from '../../src/graphql/mergeResolvers.js';
import { mergeFieldSpecs, type AnyFieldSpec, type FieldSpecs } from '../../src/graphql/fieldSpec.js';
import type { Resolvers } from '../../src/generated/graphql.js';
import { MAX_UPSTREAM_FIELDS, operationPlanPlugin } from '../../src/plugins/operationPlanPlugin.js';
import { createUpstreamHttp } from '../../src/upstream/http.js';
import { PER_ORG_HOURLY_USAGE } from '../../src/providers/datadog/datadogLoaders.js';
import { startSimulator, type Simulator } from '../../src/providers/datadog/simulator/index.js';
import { hoursBefore, PLAIN_UPSTREAM } from '../helpers/stack.js';

const silent = pino({ level: 'silent' });
const quietApollo = { debug() {}, info() {}, warn() {}, error() {} };

/** An Apollo server built as createGateway builds it, from `typeDefs` and the given specs. */
function apolloWith(specs: FieldSpecs, typeDefs = loadTypeDefs(), extra: Resolvers = {}): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers: mergeResolvers(gatewayResolvers(PROVIDERS, specs), extra),
    logger: quietApollo,
    plugins: [operationPlanPlugin({ specs, maxUpstreamFields: MAX_UPSTREAM_FIELDS })],
  });
}

/** Starts (and stops again) a server with these specs; rejects as the gateway's start-up would. */
async function startWith(specs: FieldSpecs): Promise<void> {
  const apollo = apolloWith(specs);
  await apollo.start();
  await apollo.stop();
}

const without = (coordinate: string): FieldSpecs =>
  mergeFieldSpecs([[...fieldSpecs.values()].filter((s) => s.coordinate !== coordinate)]);

const renamed = (from: string, to: string): FieldSpecs =>
  mergeFieldSpecs([[...fieldSpecs.values()].map((s) => (s.coordinate === from ? { ...s, coordinate: to } : s))]);

describe("the gateway's field specs", () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));

  it('match the schema: a server with them starts', async () => {
    await expect(startWith(fieldSpecs)).resolves.toBeUndefined();
  });

  /** Whether `type.fieldName` returns a Relay connection (an object with `edges` and `pageInfo`). */
  const isConnectionField = (type: GraphQLNamedType | undefined, fieldName: string): boolean => {
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const named = field === undefined ? undefined : getNamedType(field.type);
    return isObjectType(named) && 'edges' in named.getFields() && 'pageInfo' in named.getFields();
  };

  // Every spec that carries policy start-up can see it lacks (arguments to check, batching hints) or
  // serves a root field or a connection: dropping it must stop the server, never leave the field to
  // the default resolver. (A field without arguments reading upstream, e.g. FastlyOrg.monthToDate,
  // looks like a model property to start-up; its behaviour tests catch a missing spec.)
  const policyBearing = [...fieldSpecs.values()]
    .filter((spec) => {
      const [typeName, fieldName] = spec.coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      const args = isObjectType(type) ? (type.getFields()[fieldName]?.args.length ?? 0) : 0;
      return typeName === 'Query' || isConnectionField(type, fieldName) || spec.batchHints.length > 0 || args > 0;
    })
    .map((spec) => spec.coordinate);

  it('that carry policy are most of them', () => {
    expect(policyBearing.length).toBeGreaterThanOrEqual(20);
    expect(policyBearing).toContain('DatadogOrg.hourlyUsage');
    expect(policyBearing).toContain('DatadogOrg.billableUsage');
  });

  it.each(policyBearing)('without the spec of %s, the server does not start', async (coordinate) => {
    await expect(startWith(without(coordinate))).rejects.toThrow(new RegExp(coordinate.replace('.', '\\.')));
  });

  it('a spec whose field was renamed (or whose type was) stops start-up', async () => {
    await expect(startWith(renamed('DatadogOrg.hourlyUsage', 'DatadogOrg.hourlyUsageRenamed'))).rejects.toThrow(
      /DatadogOrg\.hourlyUsageRenamed/,
    );
    await expect(startWith(renamed('DatadogOrg.costs', 'Org.costs'))).rejects.toThrow(/Org\.costs/);
  });

  it('a spec naming an interface field stops start-up: specs name object types', async () => {
    const onInterface: AnyFieldSpec = {
      coordinate: 'Node.id',
      upstreamWeight: 0,
      parseArgs: (args: unknown) => args,
      batchHints: [],
      resolve: () => 'x',
    };
    await expect(startWith(mergeFieldSpecs([[...fieldSpecs.values()], [onInterface]]))).rejects.toThrow(
      /Node\.id has a field spec, but Node is not an object type/,
    );
  });

  it('a coordinate declared twice, or resolved by a spec and a plain resolver, is refused', () => {
    const spec = fieldSpecs.get('Query.orgs')!;
    expect(() => mergeFieldSpecs([[spec], [spec]])).toThrow(/Query\.orgs is declared twice/);
    expect(() => apolloWith(fieldSpecs, loadTypeDefs(), { Query: { orgs: () => [] } })).toThrow(
      /Query\.orgs is defined twice/,
    );
  });

  it('plain resolvers cannot reach the loaders: only a spec can (checked by tsc)', () => {
    const plain: Resolvers = {
      // @ts-expect-error -- a plain resolver's context has no loaders; reaching upstream takes a field spec
      Query: { orgs: async (_root, _args, ctx) => (await ctx.providers.datadog.loaders.orgDirectory()).orgs },
    };
    expect(plain.Query).toBeDefined();
  });
});

describe('field specs on an interface field', () => {
  // The schema as it will look once orgs are an interface: a field selected on the interface
  // resolves on its implementations, and their specs apply.
  const typeDefs = [
    ...loadTypeDefs(),
    `interface UsageHolder {
       hourlyUsage(productFamilies: [ProductFamily!], start: DateTime!, end: DateTime, first: Int, after: String, last: Int, before: String): HourlyUsageConnection
     }
     extend type DatadogOrg implements UsageHolder
     extend type Query { holder: UsageHolder }`,
  ];
  const parsed: unknown[] = [];
  const orgHourlyUsage = fieldSpecs.get('DatadogOrg.hourlyUsage')!;
  const specs = mergeFieldSpecs([
    [...fieldSpecs.values()].filter((s) => s !== orgHourlyUsage),
    [
      // Counts its parses: the plan plugin and the resolver both parse with it.
      {
        ...orgHourlyUsage,
        parseArgs: (args, ctx) => {
          const out: unknown = orgHourlyUsage.parseArgs(args, ctx);
          parsed.push(out);
          return out;
        },
      },
      {
        coordinate: 'Query.holder',
        upstreamWeight: 0,
        parseArgs: (args: unknown) => args,
        batchHints: [],
        resolve: async (_root, _args, ctx: GatewayContext) =>
          (await ctx.providers.datadog.loaders.orgDirectory()).account,
      },
    ],
  ]);
  let sim: Simulator;
  let apollo: ApolloServer<GatewayContext>;
  let http: ReturnType<typeof createUpstreamHttp>;
  let start: string;
  let connection: ProviderConnection;
  const cursorSecret = randomBytes(32);
  beforeAll(async () => {
    sim = await startSimulator();
    http = createUpstreamHttp({ ...PLAIN_UPSTREAM, logger: silent });
    apollo = apolloWith(specs, typeDefs, { UsageHolder: { __resolveType: () => 'DatadogOrg' } } as Resolvers);
    connection = await datadogProvider.connect(
      {
        baseUrl: sim.url,
        site: 'datadoghq.com',
        credentials: { apiKey: sim.world.parent.apiKey, appKey: sim.world.parent.appKey },
      },
      { embedded: false, simulator: { seed: 'meterql', now: null, latencyMs: 0 } },
    );
    await apollo.start();
    start = hoursBefore(sim.world.now, 24 * 5);
  });
  afterAll(async () => {
    await apollo.stop();
    await http.close();
    await sim.stop();
  });

  function contextValue(): GatewayContext {
    return createContext(
      {
        http,
        connected: [{ provider: datadogProvider, connection }],
        nodeTypes: nodeTypesOf([datadogProvider]),
        cursorSecret,
        logger: silent,
      },
      {},
    );
  }

  async function run(query: string, ctx = contextValue()) {
    sim.log.clear();
    const res = await apollo.executeOperation({ query }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, result: res.body.singleResult };
  }

  it("checks the arguments with the implementation's spec before any upstream call", async () => {
    const old = hoursBefore(sim.world.now, 24 * 470);
    const { status, result } = await run(`{ holder { hourlyUsage(start: "${old}") { edges { cursor } } } }`);
    expect(status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"start" must be within the upstream's 15-month retention/);
    expect(sim.log.count()).toBe(0);
  });

  it("counts the field with the implementation's weight toward the cap", async () => {
    const fields = Array.from(
      { length: MAX_UPSTREAM_FIELDS + 1 },
      (_, i) => `f${i}: hourlyUsage(start: "${start}", first: 1) { edges { cursor } }`,
    ).join('\n');
    const { status, result } = await run(`{ holder { ${fields} } }`);
    expect(status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(result.errors?.[0]?.message).toMatch(/selects 51 upstream-backed fields; at most 50/);
    expect(sim.log.count()).toBe(0);
  });

  it("records the implementation's batching hints, and the arguments are parsed once, at plan time, for the resolver", async () => {
    const ctx = contextValue();
    parsed.length = 0;
    const { result } = await run(
      `{ holder { hourlyUsage(start: "${start}", productFamilies: [logs, logs], first: 1) { edges { cursor } } } }`,
      ctx,
    );
    expect(result.errors).toBeUndefined();
    expect(ctx.batchHints.has(PER_ORG_HOURLY_USAGE)).toBe(true);
    // Once, at plan time: the resolver is handed that result instead of parsing again.
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ families: ['logs'], page: { first: 1 } });
  });
});
