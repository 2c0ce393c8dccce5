import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { loadConfig } from '../../../src/gateway/config.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/** CORS on /graphql (METERQL_CORS_ORIGINS) as a browser meets it, through real HTTP. */

const ALLOWED = 'https://app.example.com';
const OTHER = 'https://evil.example.net';
const QUERY = JSON.stringify({ query: '{ account { name } }' });

describe('CORS', () => {
  let stack: Stack;
  const preflight = (origin: string) =>
    request(stack.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
  const post = (origin: string) =>
    request(stack.gateway.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: QUERY,
    });
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({
      ...c,
      edge: { ...c.edge, corsOrigins: [ALLOWED, 'http://localhost:5173'] },
    }));
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  it('answers a preflight from an allowed origin with the methods and headers (vendor credential headers too)', async () => {
    const res = await preflight(ALLOWED);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-allow-methods']).toBe('GET, POST');
    const allowed = String(res.headers['access-control-allow-headers']).split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'dd-api-key', 'dd-application-key', 'fastly-key']),
    );
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers.vary).toBe('Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    // Credentials mode is never allowed: the gateway reads no cookies.
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    await res.body.dump();
    expect(stack.sim.log.count()).toBe(0);
  });

  it('gives a preflight from any other origin no CORS headers (403), and does no work', async () => {
    for (const origin of [OTHER, 'http://app.example.com', 'https://app.example.com:8443', 'null']) {
      const res = await preflight(origin);
      expect(res.statusCode, origin).toBe(403);
      expect(
        Object.keys(res.headers).filter((h) => h.startsWith('access-control-')),
        origin,
      ).toEqual([]);
      expect(res.headers.vary).toContain('Origin');
      await res.body.dump();
    }
    expect(stack.sim.log.count()).toBe(0);
  });

  it('echoes an allowed origin on the answer, says Vary: Origin, and sends nothing for other origins', async () => {
    const allowed = await post(ALLOWED);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    expect(allowed.headers.vary).toBe('Origin');
    expect(((await allowed.body.json()) as { data: { account: { name: string } } }).data.account.name).toBe(
      stack.sim.world.parent.name,
    );
    const other = await post(OTHER);
    expect(Object.keys(other.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(other.headers.vary).toBe('Origin');
    await other.body.dump();
  });

  it("keeps Apollo's CSRF prevention for other origins: a form post or a plain GET from them runs nothing", async () => {
    const form = await request(stack.gateway.url, {
      method: 'POST',
      headers: { origin: OTHER, 'content-type': 'text/plain' },
      body: QUERY,
    });
    expect(form.statusCode).toBe(400);
    expect(await form.body.text()).toContain('Cross-Site Request Forgery');
    const get = await request(`${stack.gateway.url}?query=${encodeURIComponent('{ account { name } }')}`, {
      headers: { origin: OTHER, 'sec-fetch-site': 'cross-site' },
    });
    expect(get.statusCode).toBe(400);
    expect(await get.body.text()).toContain('Cross-Site Request Forgery');
    // An image or a link from another site: no Origin at all, Sec-Fetch-Site says cross-site.
    const img = await request(`${stack.gateway.url}?query=${encodeURIComponent('{ account { name } }')}`, {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
    });
    expect(img.statusCode).toBe(400);
    await img.body.dump();
    expect(stack.sim.log.count()).toBe(0);
  });
});

describe('METERQL_CORS_ORIGINS', () => {
  it('is a list of exact origins; none by default', () => {
    expect(loadConfig({}).edge.corsOrigins).toEqual([]);
    expect(
      loadConfig({ METERQL_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/' }).edge.corsOrigins,
    ).toEqual(['https://app.example.com', 'http://localhost:5173']);
    for (const bad of ['*', 'app.example.com', 'https://app.example.com/path', 'ftp://x.example']) {
      expect(() => loadConfig({ METERQL_CORS_ORIGINS: bad }), bad).toThrow(
        /METERQL_CORS_ORIGINS must be exact origins/,
      );
    }
  });
});
