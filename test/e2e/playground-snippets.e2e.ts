/**
 * Every snippet on every chapter page runs in Chromium: press Run, the run ends "done", its figures
 * are drawn live by Plotly, and the page logs no errors. Prints each snippet's run time (measured only).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch, type Browser } from './browser';
import type { Page } from 'playwright-core';
import { chapterUrls, run } from './playground-helpers';
import { chineseChapters } from '../unit/i18n-chapters';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs every snippet on each page of `urls`; returns what went wrong and how many ran. */
async function runEverySnippet(page: Page, urls: string[]): Promise<{ failures: string[]; count: number }> {
  const failures: string[] = [];
  let count = 0;
  for (const url of urls) {
    const problems = watch(page, siteUrl);
    await page.goto(url, { waitUntil: 'load' });
    const snippets = page.locator('live-snippet');
    const n = await snippets.count();
    for (let i = 0; i < n; i++) {
      const snippet = snippets.nth(i);
      const id = await snippet.getAttribute('data-id');
      const staticFigures = await snippet.locator('.snippet-figure').count();
      await snippet.scrollIntoViewIfNeeded();
      const started = Date.now();
      const result = await run(snippet, 180_000);
      // Drawing trails the run's end by a frame or two.
      await snippet.evaluate((el, want) => new Promise<void>((resolve) => {
        const t0 = Date.now();
        const check = () => (el.querySelectorAll('.snippet-figure[data-drawn]').length >= want || Date.now() - t0 > 10_000 ? resolve() : setTimeout(check, 50));
        check();
      }), staticFigures);
      const live = await snippet.locator('.snippet-figure[data-drawn]').count();
      console.log(`${id}: ${result.state} in ${Date.now() - started} ms, ${live} live figure(s)`);
      count++;
      if (result.state !== 'done') failures.push(`${id}: ${result.status}`);
      else if (live < staticFigures) failures.push(`${id}: drew ${live} of its ${staticFigures} figures`);
    }
    if (problems.consoleErrors.length > 0) failures.push(...problems.consoleErrors);
    page.removeAllListeners();
  }
  return { failures, count };
}

describe('every snippet in the page', () => {
  it('runs to the end in its worker and draws its figures', async () => {
    const page = await browser.context.newPage();
    const urls = await chapterUrls(page, siteUrl);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    const { failures, count } = await runEverySnippet(page, urls);
    await page.close();
    console.log(`ran ${count} snippets`);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(0);
  }, 600_000); // some forty snippets in one test: the default 120 s is about their total run time on a loaded machine

  it('runs the same way on the Chinese chapters that have their own text', async () => {
    const page = await browser.context.newPage();
    const urls = chineseChapters()
      .filter((c) => c.chinese.trim() !== '')
      .map((c) => `${siteUrl}zh-cn/chapters/${c.folder.replace(/^\d+-/, '')}/`);
    expect(urls.length).toBeGreaterThan(0);
    const { failures, count } = await runEverySnippet(page, urls);
    await page.close();
    console.log(`ran ${count} snippets on Chinese pages`);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
});
