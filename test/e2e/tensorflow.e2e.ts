/**
 * TensorFlow.js stays off the page until a snippet asks for it: the chapter-9 page loads without it, and
 * pressing Run on the TensorFlow snippet fetches the bundle once, runs both programs and draws the figure.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch, type Browser } from './browser';
import { run } from './playground-helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('TensorFlow.js in the frameworks chapter', () => {
  it('is not loaded on first paint, and loads and runs when the snippet runs', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, siteUrl);
    const tensorflowRequests: string[] = [];
    // The context sees the worker's requests too.
    browser.context.on('request', (request) => {
      if (/tensorflow-bundle/.test(request.url())) tensorflowRequests.push(request.url());
    });
    await page.goto(new URL('chapters/deep-learning-frameworks/', siteUrl).href, { waitUntil: 'networkidle' });
    expect(tensorflowRequests).toEqual([]);

    const snippet = page.locator('live-snippet[data-id="09-deep-learning-frameworks/tensorflow-vs-engine.ts"]');
    await snippet.scrollIntoViewIfNeeded();
    const result = await run(snippet, 180_000);
    expect(result.state, result.status).toBe('done');
    expect(tensorflowRequests.length).toBeGreaterThanOrEqual(1);
    await snippet.locator('.snippet-figure[data-drawn]').first().waitFor({ timeout: 20_000 });
    expect(await snippet.locator('.snippet-figure[data-drawn]').count()).toBeGreaterThanOrEqual(1);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});
