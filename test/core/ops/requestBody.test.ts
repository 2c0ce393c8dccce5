import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { Client } from 'undici';
import { MAX_BODY_BYTES } from '../../../src/gateway/createGateway.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/**
 * The gateway's request body bound: a body past it is 413 before any work, with `Connection: close`,
 * and the connection then closes cleanly (the client may finish sending; it is not reset).
 */
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

  it('answers 413 naming the bound with Connection: close, calls nothing upstream, and the client then serves a query', async () => {
    stack.sim.log.clear();
    const huge = JSON.stringify({ query: `{ providers { name } } #${'x'.repeat(MAX_BODY_BYTES)}` });
    const tooLarge = await client.request({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers.connection).toBe('close');
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

  /** Opens a raw connection; `closed` resolves with what the gateway sent and whether it reset the connection. */
  function open() {
    const { hostname, port } = new URL(stack.gateway.url);
    const socket = connect(Number(port), hostname);
    let text = '';
    let error: string | null = null;
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('error', (e) => (error = e.message));
    const closed = new Promise<{ text: string; error: string | null }>((resolve) =>
      socket.on('close', () => resolve({ text, error })),
    );
    const answered = new Promise<void>((resolve) => {
      const check = (): void => {
        if (text.endsWith('\r\n0\r\n\r\n')) resolve();
      };
      socket.on('data', check);
    });
    return { socket, closed, answered };
  }
  const write = (socket: Socket, data: string | Buffer): Promise<void> =>
    new Promise((resolve, reject) => socket.write(data, (err) => (err ? reject(err) : resolve())));

  it('keeps reading what the client still sends after the 413, and closes when it is done, without a reset', async () => {
    stack.sim.log.clear();
    const conn = open();
    const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${4 * MAX_BODY_BYTES}\r\n\r\n`;
    await write(conn.socket, head);
    await write(conn.socket, Buffer.alloc(MAX_BODY_BYTES / 2, 'x'));
    // The answer comes before the body is complete; the client goes on sending the rest, as clients do.
    await conn.answered;
    for (let i = 0; i < 7; i += 1) await write(conn.socket, Buffer.alloc(MAX_BODY_BYTES / 2, 'x'));
    conn.socket.end();
    const { text, error } = await conn.closed;
    expect(error).toBeNull();
    expect(text).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
    expect(text.toLowerCase()).toContain('\r\nconnection: close\r\n');
    expect(stack.sim.log.count()).toBe(0);
  });

  it('answers Expect: 100-continue with the 413 at once when the announced body is too large', async () => {
    const conn = open();
    await write(
      conn.socket,
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await conn.answered;
    conn.socket.end();
    const { text, error } = await conn.closed;
    expect(error).toBeNull();
    expect(text).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
  });
});
