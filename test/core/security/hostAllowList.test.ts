import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { ConfigError, loadConfig } from '../../../src/gateway/config.js';
import { HostAllowList } from '../../../src/security/hostAllowList.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/** The host allow-list (METERQL_ALLOWED_HOSTS), the DNS rebinding defence, through real HTTP. */

const QUERY = JSON.stringify({ query: '{ account { name } }' });

describe('host allow-list', () => {
  let stack: Stack;
  let port: string;
  const post = (host: string, path = '/graphql') =>
    request(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { host, 'content-type': 'application/json' },
      body: QUERY,
    });
  beforeAll(async () => {
    stack = await startStack();
    port = new URL(stack.gateway.url).port;
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  it('refuses Host: attacker.example with 421 before any work: nothing upstream, connection closed', async () => {
    const res = await post('attacker.example');
    expect(res.statusCode).toBe(421);
    expect(res.headers.connection).toBe('close');
    const body = (await res.body.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toContain('"attacker.example"');
    expect(body.errors[0]!.message).toContain('localhost,127.0.0.1,[::1]');
    // Even with the port the gateway listens on, and for other paths (metrics, GraphiQL assets).
    expect((await post(`attacker.example:${port}`)).statusCode).toBe(421);
    expect((await request(`http://127.0.0.1:${port}/metrics`, { headers: { host: 'evil.test' } })).statusCode).toBe(
      421,
    );
    expect(stack.sim.log.count()).toBe(0);
  });

  it('serves the loopback names on any port, and the probes on any Host', async () => {
    for (const host of ['localhost', `localhost:${port}`, `127.0.0.1:${port}`, '[::1]:9', 'LOCALHOST.']) {
      const res = await post(host);
      expect(res.statusCode, host).toBe(200);
      expect(((await res.body.json()) as { data: { account: { name: string } } }).data.account.name).toBe(
        stack.sim.world.parent.name,
      );
    }
    expect(stack.sim.log.count()).toBeGreaterThan(0);
    for (const path of ['/healthz', '/readyz']) {
      const res = await request(`http://127.0.0.1:${port}${path}`, { headers: { host: '10.1.2.3:4000' } });
      expect(res.statusCode, path).toBe(200);
      await res.body.dump();
    }
  });
});

/** Authentication settings, which a non-loopback HOST requires (see authStartup.test.ts). */
const AUTH_ON = {
  METERQL_AUTH: 'jwt',
  METERQL_JWT_JWKS_URL: 'https://issuer.example/.well-known/jwks.json',
  METERQL_JWT_ISSUER: 'https://issuer.example',
  METERQL_JWT_AUDIENCE: 'meterql',
  METERQL_METRICS: 'false',
};

describe('METERQL_ALLOWED_HOSTS', () => {
  it('defaults to the loopback names on loopback and to the address itself on another single address', () => {
    expect(loadConfig({}).edge.allowedHosts.toString()).toBe('localhost,127.0.0.1,[::1]');
    expect(loadConfig({ HOST: '::1' }).edge.allowedHosts.toString()).toBe('localhost,127.0.0.1,[::1]');
    // Another loopback address is served by its own name too (a client reaching it sends that Host).
    expect(loadConfig({ HOST: '127.0.0.2' }).edge.allowedHosts.allows('127.0.0.2:4000')).toBe(true);
    expect(loadConfig({ HOST: '::ffff:127.0.0.1' }).edge.allowedHosts.allows('[::ffff:127.0.0.1]:4000')).toBe(true);
    expect(loadConfig({ ...AUTH_ON, HOST: '10.0.0.7' }).edge.allowedHosts.toString()).toBe('10.0.0.7');
    expect(loadConfig({ ...AUTH_ON, HOST: 'fd00::7' }).edge.allowedHosts.allows('[fd00::7]:4000')).toBe(true);
  });

  it('must be set when listening on every interface; * accepts any Host', () => {
    expect(() => loadConfig({ ...AUTH_ON, HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...AUTH_ON, HOST: '0.0.0.0' })).toThrow(
      /METERQL_ALLOWED_HOSTS must be set when HOST listens/,
    );
    expect(() => loadConfig({ ...AUTH_ON, HOST: '::' })).toThrow(/METERQL_ALLOWED_HOSTS/);
    const any = loadConfig({ ...AUTH_ON, HOST: '0.0.0.0', METERQL_ALLOWED_HOSTS: '*' }).edge.allowedHosts;
    expect(any.allows('whatever.example')).toBe(true);
  });

  it('matches names, ports and domain suffixes; rejects entries that are not host names', () => {
    const list = HostAllowList.parse('api.example.com, gw.example.com:8443, .internal.example, [fd00::1]');
    expect(list.allows('api.example.com')).toBe(true);
    expect(list.allows('API.example.com:443')).toBe(true);
    expect(list.allows('gw.example.com:8443')).toBe(true);
    expect(list.allows('gw.example.com')).toBe(false);
    expect(list.allows('a.b.internal.example:80')).toBe(true);
    expect(list.allows('internal.example')).toBe(true);
    expect(list.allows('evilinternal.example')).toBe(false);
    expect(list.allows('[fd00::1]:4000')).toBe(true);
    expect(list.allows('api.example.com.evil.test')).toBe(false);
    expect(list.allows(undefined)).toBe(false);
    for (const bad of ['https://api.example.com', 'api.example.com/x', '*, api.example.com', ' , ']) {
      expect(() => loadConfig({ METERQL_ALLOWED_HOSTS: bad }), bad).toThrow(/METERQL_ALLOWED_HOSTS must be/);
    }
  });
});
