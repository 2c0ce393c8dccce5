import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client, fetchExchange, gql } from '@urql/core';
import { request } from 'undici';
import { startStack, type Stack } from '../../helpers/stack.js';

/**
 * urql's default for queries is a plain `GET /graphql?query=...` with no preflight-forcing header,
 * which Apollo's CSRF prevention alone refuses. The gateway accepts it when a browser could not have
 * sent it cross-site unasked: it carries credentials (a header a browser preflights) or comes from an
 * allowed origin. Mutations stay refused, over GET and POST.
 */

const ALLOWED = 'https://app.example.com';
const ACCOUNT = gql`
  query Account {
    account {
      name
    }
  }
`;

describe('plain GET queries from @urql/core', () => {
  let stack: Stack;
  /** The HTTP methods urql used, in order. */
  let methods: string[];
  const client = (headers: Record<string, string> = {}): Client =>
    new Client({
      url: stack.gateway.url,
      exchanges: [fetchExchange],
      requestPolicy: 'network-only',
      fetchOptions: { headers },
      fetch: (input, init) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, edge: { ...c.edge, corsOrigins: [ALLOWED] } }));
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.log.clear();
    methods = [];
  });

  it('answers a GET carrying the vendor credential headers (a browser preflights them)', async () => {
    const { parent } = stack.sim.world;
    const result = await client({ 'dd-api-key': parent.apiKey, 'dd-application-key': parent.appKey })
      .query(ACCOUNT, {})
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ account: { name: parent.name } });
    expect(methods).toEqual(['GET']);
    expect(stack.sim.log.count()).toBeGreaterThan(0);
  });

  it("lets a GET carrying Authorization past the CSRF check (whether the token is good is authentication's call)", async () => {
    const result = await client({ authorization: 'Bearer any' }).query(ACCOUNT, {}).toPromise();
    expect(result.error?.message ?? '').not.toContain('Cross-Site Request Forgery');
    expect(methods).toEqual(['GET']);
  });

  it('answers a GET from an allowed origin', async () => {
    const result = await client({ origin: ALLOWED }).query(ACCOUNT, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.account.name).toBe(stack.sim.world.parent.name);
    expect(methods).toEqual(['GET']);
  });

  it("refuses the same GET with nothing that makes it safe (Apollo's CSRF prevention), running nothing", async () => {
    for (const headers of [{}, { origin: 'https://evil.example.net' }] as Array<Record<string, string>>) {
      const result = await client(headers).query(ACCOUNT, {}).toPromise();
      expect(result.data).toBeUndefined();
      expect(result.error?.response?.status).toBe(400);
      expect(result.error?.message).toContain('Cross-Site Request Forgery');
    }
    expect(methods).toEqual(['GET', 'GET']);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('refuses mutations and subscriptions with 400 and a clear message, and logs no error', async () => {
    const { parent } = stack.sim.world;
    const linesBefore = stack.logLines.length;
    const mutation = await client({ 'dd-api-key': parent.apiKey, 'dd-application-key': parent.appKey })
      .mutation(
        gql`
          mutation Drop {
            drop
          }
        `,
        {},
      )
      .toPromise();
    expect(methods).toEqual(['POST']);
    expect(mutation.error?.response?.status).toBe(400);
    expect(mutation.error?.graphQLErrors.map((e) => [e.message, e.extensions.code])).toEqual([
      [
        'The schema has no mutation type: this gateway serves query operations only, but the document holds a mutation.',
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ]);
    const subscription = await stack.gql('subscription Watch { usage }');
    expect(subscription.status).toBe(400);
    expect(subscription.body.errors?.[0]?.message).toContain('The schema has no subscription type');
    // Over GET, even with credentials: refused.
    const get = await request(`${stack.gateway.url}?query=${encodeURIComponent('mutation { drop }')}`, {
      headers: { 'dd-api-key': parent.apiKey, 'dd-application-key': parent.appKey },
    });
    expect(get.statusCode).toBe(400);
    expect(await get.body.text()).toContain('The schema has no mutation type');
    expect(stack.sim.log.count()).toBe(0);
    const logged = stack.logLines.slice(linesBefore).map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    expect(stack.logLines.slice(linesBefore).join('\n')).not.toContain('stack');
  });
});
