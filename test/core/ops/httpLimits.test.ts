import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { loadConfig } from '../../../src/gateway/config.js';
import type { HttpEdgeConfig } from '../../../src/security/httpEdgeConfig.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/** The gateway's HTTP server limits (METERQL_MAX_CONNECTIONS and the timeouts), over raw sockets. */

/** A raw connection to the gateway and everything it received, until it closed. */
interface RawConnection {
  socket: Socket;
  received(): string;
  /** Resolves once the server has closed the connection, with what it sent; `error` if it was reset. */
  closed: Promise<{ text: string; error: string | null }>;
}

function open(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    let error: string | null = null;
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('error', (e) => (error = e.message));
    const closed = new Promise<{ text: string; error: string | null }>((res) =>
      socket.on('close', () => res({ text, error })),
    );
    socket.once('connect', () => resolve({ socket, received: () => text, closed }));
    socket.once('error', reject);
  });
}

/** Resolves once `conn` has received a complete (chunked or empty-bodied) answer. */
function answered(conn: RawConnection): Promise<string> {
  return new Promise((resolve) => {
    const check = (): void => {
      const t = conn.received();
      if (/\r\n0\r\n\r\n$/.test(t) || /^HTTP\/1\.1 \d+[^\r]*\r\n(?:(?!transfer-encoding)[^\r]*\r\n)*\r\n$/i.test(t)) {
        conn.socket.off('data', check);
        resolve(t);
      }
    };
    conn.socket.on('data', check);
    check();
  });
}

const GET_HEALTHZ = 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n';

describe('METERQL_MAX_CONNECTIONS', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, edge: { ...c.edge, maxConnections: 2 } }));
  });
  afterAll(() => stack.stop());

  it('closes a connection beyond METERQL_MAX_CONNECTIONS at once, and warns', async () => {
    const first = await open(stack.gateway.url);
    const second = await open(stack.gateway.url);
    // Both are being served (the server has accepted them) before the third arrives.
    first.socket.write(GET_HEALTHZ);
    second.socket.write(GET_HEALTHZ);
    expect(await answered(first)).toMatch(/^HTTP\/1\.1 200/);
    expect(await answered(second)).toMatch(/^HTTP\/1\.1 200/);
    const third = await open(stack.gateway.url);
    third.socket.write(GET_HEALTHZ);
    expect((await third.closed).text).toBe('');
    expect(stack.logLines.some((l) => l.includes('METERQL_MAX_CONNECTIONS reached'))).toBe(true);
    first.socket.destroy();
    second.socket.destroy();
  });
});

describe('HTTP server limits', () => {
  let stack: Stack;
  const limits: Partial<HttpEdgeConfig> = {
    headersTimeoutMs: 300,
    requestTimeoutMs: 600,
    keepAliveTimeoutMs: 1_000,
  };
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, edge: { ...c.edge, ...limits } }));
  });
  afterAll(() => stack.stop());

  it('answers 408 and closes when the headers do not arrive within METERQL_HEADERS_TIMEOUT_MS', async () => {
    const slow = await open(stack.gateway.url);
    slow.socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Ty');
    const { text } = await slow.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('answers 408 and closes when the body does not arrive within METERQL_REQUEST_TIMEOUT_MS', async () => {
    stack.sim.log.clear();
    const slow = await open(stack.gateway.url);
    slow.socket.write(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    const { text } = await slow.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('says its keep-alive timeout and closes an idle connection after it', async () => {
    const idle = await open(stack.gateway.url);
    idle.socket.write(GET_HEALTHZ);
    expect(await answered(idle)).toContain('Keep-Alive: timeout=1\r\n');
    // The server, not the client, ends the idle connection, cleanly.
    const { error } = await idle.closed;
    expect(error).toBeNull();
  });

  it('reads the limits from the environment, with defaults, and keeps the request timeout above the headers one', () => {
    expect(loadConfig({}).edge).toMatchObject({
      maxConnections: 1_000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
    });
    expect(
      loadConfig({
        METERQL_MAX_CONNECTIONS: '50',
        METERQL_HEADERS_TIMEOUT_MS: '2000',
        METERQL_REQUEST_TIMEOUT_MS: '4000',
        METERQL_KEEP_ALIVE_TIMEOUT_MS: '65000',
      }).edge,
    ).toMatchObject({ maxConnections: 50, headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 65_000 });
    expect(() => loadConfig({ METERQL_HEADERS_TIMEOUT_MS: '20000', METERQL_REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /METERQL_REQUEST_TIMEOUT_MS must be at least METERQL_HEADERS_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ METERQL_MAX_CONNECTIONS: '0' })).toThrow(/METERQL_MAX_CONNECTIONS must be an integer/);
  });
});
