import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_AVAILABLE, launchChromium } from '../../helpers/headlessChromium.js';
import { startStack, type Stack } from '../../helpers/stack.js';

// Page-side code is strings evaluated in the browser: this project is typed for Node, not the DOM.

/** What a page's fetch came to: the answer's status and text, or the error the browser raised. */
type Fetched = { ok: true; status: number; text: string } | { ok: false; error: string };

/**
 * CORS as Chromium enforces it: a page served from an allowed origin (another port on loopback, so
 * another origin) reads the gateway's data; a page from an origin not allowed reads nothing, and the
 * gateway does no work for it.
 */
describe.skipIf(!CHROMIUM_AVAILABLE)('CORS in headless Chromium', () => {
  let app: Server;
  let appPort: number;
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    // The web app's server: a blank page on every path.
    app = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>app</title><p>app</p>');
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    appPort = (app.address() as AddressInfo).port;
    // The page at http://127.0.0.1:<appPort> is allowed; the same page at http://localhost:<appPort> is
    // another origin, not allowed.
    stack = await startStack({}, (c) => ({
      ...c,
      edge: { ...c.edge, corsOrigins: [`http://127.0.0.1:${appPort}`] },
    }));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await new Promise<void>((resolve) => (app ? app.close(() => resolve()) : resolve()));
  });
  beforeEach(() => stack.sim.log.clear());

  const pageAt = async (origin: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    return page;
  };
  /** Runs `fetch(url, init)` in `page` and reports what came of it. */
  const fetchIn = (page: Page, url: string, init: Record<string, unknown>): Promise<Fetched> =>
    page.evaluate<Fetched>(`fetch(${JSON.stringify(url)}, ${JSON.stringify(init)}).then(
      async (r) => ({ ok: true, status: r.status, text: await r.text() }),
      (e) => ({ ok: false, error: String(e) }),
    )`);
  const post = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ account { name } }"}',
  };
  const getUrl = (): string => `${stack.gateway.url}?query=${encodeURIComponent('{ account { name } }')}`;

  it('a page from an allowed origin reads data: a preflighted POST and a plain GET', async () => {
    const page = await pageAt(`http://127.0.0.1:${appPort}`);
    const name = stack.sim.world.parent.name;
    const posted = await fetchIn(page, stack.gateway.url, post);
    expect(posted).toMatchObject({ ok: true, status: 200 });
    expect(posted.ok && JSON.parse(posted.text)).toEqual({ data: { account: { name } } });
    const got = await fetchIn(page, getUrl(), {});
    expect(got).toMatchObject({ ok: true, status: 200 });
    expect(got.ok && JSON.parse(got.text)).toEqual({ data: { account: { name } } });
    expect(stack.sim.log.count()).toBeGreaterThan(0);
    // Credentials mode is not allowed (the gateway sends no Access-Control-Allow-Credentials).
    const withCookies = await fetchIn(page, stack.gateway.url, { ...post, credentials: 'include' });
    expect(withCookies).toMatchObject({ ok: false });
    await page.close();
  }, 60_000);

  it('a page from another origin reads nothing, and the gateway calls nothing upstream for it', async () => {
    const page = await pageAt(`http://localhost:${appPort}`);
    const posted = await fetchIn(page, stack.gateway.url, post);
    expect(posted).toMatchObject({ ok: false, error: expect.stringContaining('Failed to fetch') as unknown });
    const got = await fetchIn(page, getUrl(), {});
    expect(got).toMatchObject({ ok: false, error: expect.stringContaining('Failed to fetch') as unknown });
    // Even an opaque (no-cors) GET, which the browser sends without asking, runs nothing.
    const opaque = await fetchIn(page, getUrl(), { mode: 'no-cors' });
    expect(opaque).toMatchObject({ ok: true, status: 0, text: '' });
    expect(stack.sim.log.count()).toBe(0);
    await page.close();
  }, 60_000);
});
