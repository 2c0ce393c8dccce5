import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'undici';
import { MAX_BODY_BYTES } from '../../../src/gateway/createGateway.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/** The gateway's request body bound: a body past it is 413 before any work, and the connection stays usable. */
describe('request body bound', () => {
  let stack: Stack;
  let client: Client;
  beforeAll(async () => {
    stack = await startStack();
    client = new Client(new URL(stack.gateway.url).origin, { pipelining: 0 });
  });
  afterAll(async () => {
    await client.close();
    await stack.stop();
  });

  it('answers 413 naming the bound, calls nothing upstream, and the same connection then serves a query', async () => {
    stack.sim.log.clear();
    const huge = JSON.stringify({ query: `{ providers { name } } #${'x'.repeat(MAX_BODY_BYTES)}` });
    const tooLarge = await client.request({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(await tooLarge.body.json()).toEqual({
      errors: [
        { message: `Request body must be at most ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const ok = await client.request({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ providers { name mode } }' }),
    });
    expect(ok.statusCode).toBe(200);
    expect(await ok.body.json()).toEqual({
      data: {
        providers: [
          { name: 'DATADOG', mode: 'REAL' },
          { name: 'FASTLY', mode: 'UNCONFIGURED' },
          { name: 'F5XC', mode: 'UNCONFIGURED' },
        ],
      },
    });
    expect(stack.sim.log.count()).toBe(0);
  });
});
