import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_AVAILABLE, launchChromium } from '../helpers/headlessChromium.js';
import { startFastlyStack, type FastlyStack } from '../helpers/fastlyStack.js';

// Page-side checks are strings evaluated in the browser: this project is typed for Node, not the DOM.

describe.skipIf(!CHROMIUM_AVAILABLE)('GraphiQL in headless Chromium, offline', () => {
  let stack: FastlyStack;
  let browser: Browser;
  beforeAll(async () => {
    // Both providers configured (each on its simulator): GraphiQL opens with cross-provider spend, then one
    // example tab per provider.
    stack = await startFastlyStack({ datadog: {} });
    // Playwright gives the browser a fresh, empty profile of its own.
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('loads from the gateway alone, runs the example query and shows data', async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on('request', (req) => origins.add(new URL(req.url()).origin));
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(stack.gateway.url);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    // The first tab: spend across both providers in the FOCUS view.
    await page.waitForFunction(`document.body.innerText.includes('query CrossProviderSpend')`, undefined, {
      timeout: 10_000,
    });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      `/"(focusSummary|errors)"/.test(document.querySelector('.result-window')?.textContent ?? '')`,
      undefined,
      { timeout: 45_000 },
    );
    const spend = (await page.textContent('.result-window')) ?? '';
    expect(spend).not.toContain('"errors"');
    expect(spend).toContain('"providerName": "Datadog"');
    expect(spend).toContain('"providerName": "Fastly"');

    // The second tab holds Datadog's example.
    await page.click('.graphiql-tab >> nth=1');
    await page.waitForFunction(`document.body.innerText.includes('query OrgUsage')`, undefined, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      `!(document.querySelector('.result-window')?.textContent ?? '').includes('"focusSummary"')`,
      undefined,
      { timeout: 10_000 },
    );
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      `(document.querySelector('.result-window')?.textContent ?? '').includes('"hourlyUsage"')`,
      undefined,
      { timeout: 20_000 },
    );
    const result = (await page.textContent('.result-window')) ?? '';
    expect(result).toContain(stack.datadog!.world.parent.name);
    expect(result).toContain('"productFamily"');
    expect(result).not.toContain('"errors"');

    // The third tab holds Fastly's example, with its own variables.
    await page.click('.graphiql-tab >> nth=2');
    await page.waitForFunction(`document.body.innerText.includes('query FastlyUsage')`, undefined, {
      timeout: 10_000,
    });
    // The switch is done once the result pane shows this tab's (empty) response, not the first tab's.
    await page.waitForFunction(
      `!(document.querySelector('.result-window')?.textContent ?? '').includes('"hourlyUsage"')`,
      undefined,
      { timeout: 10_000 },
    );
    await page.click('.graphiql-execute-button');
    // Its example reads a few dozen upstream pages: generous on a loaded machine. Waits for any answer.
    await page.waitForFunction(
      `/"(usageUnits|errors|hourlyUsage)"/.test(document.querySelector('.result-window')?.textContent ?? '')`,
      undefined,
      { timeout: 45_000 },
    );
    const fastly = (await page.textContent('.result-window')) ?? '';
    expect(fastly.slice(0, 600)).not.toContain('"errors"');
    expect(fastly).not.toContain('"hourlyUsage"');
    expect(fastly).toContain(stack.fastly.world.customers[0]!.name);
    expect(fastly).toContain('"usageUnits"');
    expect(fastly).not.toContain('"errors"');

    // Everything came from the gateway: no CDN, no other origin.
    expect([...origins]).toEqual([new URL(stack.gateway.url).origin]);
    expect(pageErrors).toEqual([]);

    // The Docs explorer shows the schema's descriptions.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 10_000 });
    await page.click('.graphiql-doc-explorer a:has-text("Query")');
    await page.waitForFunction(
      `(document.querySelector('.graphiql-doc-explorer')?.textContent ?? '').includes('Hourly usage by product family')`,
      undefined,
      { timeout: 10_000 },
    );
    await page.close();
  }, 120_000);
});
