import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { loadConfig } from '../../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../../src/gateway/createGateway.js';
import type { GatewayContext } from '../../../src/gateway/context.js';
import type { Provider, ProviderRequest } from '../../../src/gateway/provider.js';
import { toGlobalId } from '../../../src/graphql/globalId.js';
import { connectionFromStream, type ConnectionArgs } from '../../../src/pagination/connectionFromStream.js';
import { checkConnectionArgs } from '../../../src/pagination/checkConnectionArgs.js';
import type { ArgumentContext } from '../../../src/graphql/fieldSpec.js';
import { connectionOptions } from '../../../src/pagination/connectionOptions.js';
import { cursorStream } from '../../../src/pagination/cursorChain.js';
import { defineParamsCodec, paramsField } from '../../../src/pagination/paramsCodec.js';
import { createPageLoader, type PageLoader } from '../../../src/loaders/createPageLoader.js';
import { DEFAULT_UPSTREAM_POLICY } from '../../../src/upstream/upstreamPolicy.js';
import { PROVIDERS } from '../../../src/providers/registry.js';
import type { Resolvers } from '../../../src/generated/graphql.js';

/**
 * Adding a provider takes its own SDL, resolvers and upstream client, and one entry in the provider
 * list, and no change to a core file: a test-only "toy" provider (a tiny cursor-paged API on a real
 * HTTP server) registered beside Datadog shows up in the schema, in `providers` and `orgs`, answers
 * `node(id:)`, and its connection pages through the core's `connectionFromStream` exactly.
 */

const WIDGETS = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, label: `widget-${i + 1}` }));
const UPSTREAM_PAGE = 5;

interface Widget {
  id: number;
  label: string;
}

/** The toy API: GET /widgets?cursor=N answers 5 widgets from offset N and the next cursor. */
let api: Server;
let apiUrl: string;
const apiLog: string[] = [];

interface ToyState {
  pages: PageLoader<Widget>;
}

declare module '../../../src/gateway/context.js' {
  interface ProviderStates {
    toy: ToyState;
  }
}

const TOY_SDL = `
extend enum ProviderName {
  "The test-only toy API."
  TOY
}

"A toy org."
type ToyOrg implements Org & Node {
  "Global ID."
  id: ID!
  "Always TOY."
  provider: ProviderName!
  "The toy's org ID."
  publicId: String!
  "Its name."
  name: String!
  "Always true."
  isAccount: Boolean!
  "None."
  parent: ToyOrg
  "None."
  children: [ToyOrg!]
}

"A widget."
type ToyWidget {
  "Its upstream ID."
  id: Int!
  "Its label."
  label: String!
}

"An edge."
type ToyWidgetEdge {
  "Opaque cursor."
  cursor: String!
  "The widget."
  node: ToyWidget!
}

"Widgets, paged over the toy's upstream cursor."
type ToyWidgetConnection {
  "The edges."
  edges: [ToyWidgetEdge!]!
  "Where the page sits."
  pageInfo: PageInfo!
}

extend type Query {
  "Every widget of the toy API."
  toyWidgets("Forward page size." first: Int, "Cursor." after: String, "Backward page size." last: Int, "Cursor." before: String): ToyWidgetConnection!
}
`;

/** The toy's stream params: which widgets (always all of them). */
const WIDGET_PARAMS = defineParamsCodec<{ filter: string }>({
  name: 'toyWidgets',
  version: 1,
  fields: { filter: paramsField.string },
});

const TOY_ORG = { publicId: 'toy-1', name: 'Toy Co', isAccount: true };

function toyState(req: ProviderRequest): ToyState {
  return {
    pages: createPageLoader(async (_params, cursor) => {
      const res = await req.http.json({
        provider: 'toy',
        endpoint: 'ListWidgets',
        baseUrl: apiUrl,
        path: '/widgets',
        query: cursor === null ? [] : [['cursor', cursor]],
        headers: { 'toy-key': 'k' },
        deadline: req.deadline,
      });
      const body = res.body as { data: Widget[]; next_cursor: string | null };
      return { records: body.data, next: body.next_cursor };
    }),
  };
}

const toyProvider: Provider<null> = {
  name: 'toy',
  enumValue: 'TOY',
  displayName: 'Toy',
  orgTypeName: 'ToyOrg',
  orgScopeId: (org) => (org as typeof TOY_ORG).publicId,
  httpPolicy: DEFAULT_UPSTREAM_POLICY,
  typeDefs: [TOY_SDL],
  // The toy's upstream-backed field: its spec checks the paging arguments before any call.
  fieldSpecs: [
    {
      coordinate: 'Query.toyWidgets',
      upstreamWeight: 1,
      batchHints: [],
      parseArgs: (args: Record<string, unknown>, ctx: ArgumentContext) => checkConnectionArgs(args, ctx.cursorSecret),
      resolve: (_root: unknown, page: ConnectionArgs, ctx: GatewayContext) =>
        connectionFromStream(
          cursorStream(WIDGET_PARAMS, [WIDGET_PARAMS.encode({ filter: 'all' })], ctx.providers.toy.pages),
          page,
          connectionOptions(ctx, 'toy|widgets'),
        ),
    },
  ],
  resolvers: {
    ToyOrg: {
      id: (org: typeof TOY_ORG) => toGlobalId('ToyOrg', org.publicId),
      provider: () => 'TOY',
      parent: () => null,
      children: () => [],
    },
  } as unknown as Resolvers,
  nodeTypes: { ToyOrg: (_ctx, localId) => Promise.resolve(localId === TOY_ORG.publicId ? TOY_ORG : null) },
  readConfig: () => null,
  isConfigured: () => true,
  connect: () =>
    Promise.resolve({
      mode: 'real',
      baseUrl: apiUrl,
      banner: `toy: ${apiUrl}`,
      simulator: null,
      createRequestState: toyState,
      listOrgs: () => Promise.resolve([TOY_ORG]),
      close: () => Promise.resolve(),
    }),
  simulate: () => Promise.reject(new Error('the toy has no simulator')),
};

let gateway: Gateway;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers
type Json = any;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.body.json()) as Json;
}

beforeAll(async () => {
  api = createServer((req, res) => {
    apiLog.push(req.url ?? '');
    const offset = Number(new URL(req.url ?? '/', 'http://toy').searchParams.get('cursor') ?? '0');
    const data = WIDGETS.slice(offset, offset + UPSTREAM_PAGE);
    const next = offset + UPSTREAM_PAGE < WIDGETS.length ? String(offset + UPSTREAM_PAGE) : null;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data, next_cursor: next }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  const providers = [...PROVIDERS, toyProvider as Provider];
  // Neither Datadog, Fastly nor F5 configured and the toy configured: they are unconfigured, not simulated.
  const config = { ...loadConfig({ PORT: '0' }, providers), upstream: { cache: false } };
  gateway = await createGateway(config, { providers, logger: createLogger('silent') });
});

afterAll(async () => {
  await gateway.stop();
  await new Promise<void>((resolve) => api.close(() => resolve()));
});

describe('a provider added without touching the core', () => {
  it('shows up in the schema, in providers and in orgs', async () => {
    const res = await gql(`{
      schema: __type(name: "ToyWidgetConnection") { name }
      providerName: __type(name: "ProviderName") { enumValues { name } }
      providers { name displayName configured mode }
      orgs(provider: TOY) { __typename id provider publicId name isAccount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.schema).toEqual({ name: 'ToyWidgetConnection' });
    expect(res.data.providerName.enumValues.map((v: { name: string }) => v.name).sort()).toEqual([
      'DATADOG',
      'F5XC',
      'FASTLY',
      'TOY',
    ]);
    expect(res.data.providers).toEqual([
      { name: 'DATADOG', displayName: 'Datadog', configured: false, mode: 'UNCONFIGURED' },
      { name: 'FASTLY', displayName: 'Fastly', configured: false, mode: 'UNCONFIGURED' },
      { name: 'F5XC', displayName: 'F5 Distributed Cloud', configured: false, mode: 'UNCONFIGURED' },
      { name: 'TOY', displayName: 'Toy', configured: true, mode: 'REAL' },
    ]);
    expect(res.data.orgs).toEqual([
      {
        __typename: 'ToyOrg',
        id: toGlobalId('ToyOrg', 'toy-1'),
        provider: 'TOY',
        publicId: 'toy-1',
        name: 'Toy Co',
        isAccount: true,
      },
    ]);
    // Datadog is not configured, so every provider's orgs are just the toy's.
    const all = await gql('{ orgs { __typename name } }');
    expect(all.data.orgs).toEqual([{ __typename: 'ToyOrg', name: 'Toy Co' }]);
  });

  it('node(id:) reaches the toy through its node types', async () => {
    const res = await gql(`query($id: ID!) { node(id: $id) { __typename ... on Org { name provider } } }`, {
      id: toGlobalId('ToyOrg', 'toy-1'),
    });
    expect(res.data.node).toEqual({ __typename: 'ToyOrg', name: 'Toy Co', provider: 'TOY' });
  });

  it('its connection pages through connectionFromStream: every widget once, in order, both ways', async () => {
    const query = `query($first: Int, $after: String, $last: Int, $before: String) {
      toyWidgets(first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { id label } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    apiLog.length = 0;
    const all = await gql(query, { first: 100 });
    expect(all.data.toyWidgets.edges.map((e: { node: Widget }) => e.node)).toEqual(WIDGETS);
    // One operation reads each upstream page once: 23 widgets in pages of 5.
    expect(apiLog).toEqual([
      '/widgets',
      '/widgets?cursor=5',
      '/widgets?cursor=10',
      '/widgets?cursor=15',
      '/widgets?cursor=20',
    ]);

    const seen: Widget[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await gql(query, { first: 7, after });
      const conn = res.data.toyWidgets;
      seen.push(...conn.edges.map((e: { node: Widget }) => e.node));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(seen).toEqual(WIDGETS);
    expect(pages).toBe(4);

    const end = all.data.toyWidgets.pageInfo.endCursor as string;
    const back = await gql(query, { last: 4, before: end });
    expect(back.data.toyWidgets.edges.map((e: { node: Widget }) => e.node.id)).toEqual([19, 20, 21, 22]);
    expect(back.data.toyWidgets.pageInfo.hasPreviousPage).toBe(true);
  });

  it('a tampered toy cursor is BAD_USER_INPUT with no upstream call', async () => {
    apiLog.length = 0;
    const res = await gql(`{ toyWidgets(first: 1, after: "bm90LWEtY3Vyc29y") { edges { cursor } } }`);
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(apiLog).toEqual([]);
  });
});
