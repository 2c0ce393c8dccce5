import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_AVAILABLE, launchChromium } from '../../helpers/headlessChromium.js';
import { startF5xcStack, type F5xcStack } from '../../helpers/f5xcStack.js';

// Page-side checks are strings evaluated in the browser: this project is typed for Node, not the DOM.

describe.skipIf(!CHROMIUM_AVAILABLE)("GraphiQL's F5 tab, in headless Chromium", () => {
  let stack: F5xcStack;
  let browser: Browser;
  beforeAll(async () => {
    stack = await startF5xcStack();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('offers the F5 example in its own tab (the fourth: after the FOCUS tab, in registry order), which runs without errors', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gateway.url);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    await page.click('.graphiql-tab >> nth=3');
    await page.waitForFunction(`document.body.innerText.includes('query F5xcUsage')`, undefined, { timeout: 10_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      `/"(hourlyBreakdown|errors)"/.test(document.querySelector('.result-window')?.textContent ?? '')`,
      undefined,
      { timeout: 45_000 },
    );
    // The result pane renders only its first screen of lines: the tenant and the first usage item.
    const result = (await page.textContent('.result-window')) ?? '';
    expect(result).not.toContain('"errors"');
    expect(result).toContain(stack.sim.world.tenant);
    expect(result).toContain('"hourlyBreakdown"');
    await page.close();
  }, 120_000);
});
