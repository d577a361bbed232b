/**
 * Every snippet on every chapter page runs in Chromium: press Run, the run ends "done", its figures
 * are drawn live by Plotly, and the page logs no errors. Prints each snippet's run time (measured only).
 * One test per chapter page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch, type Browser } from './browser';
import { chapterUrls, run } from './playground-helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The chapter folders, content/chapters/NN-slug; each page is chapters/slug/ on the site. */
const chapters = readdirSync(join(__dirname, '../../content/chapters'), { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => d.name).sort();
const pageUrl = (folder: string) => new URL(`chapters/${folder.replace(/^\d+-/, '')}/`, siteUrl).href;

// One test per chapter page, so that each page has the whole test timeout for its snippets.
describe('every snippet in the page', () => {
  it('the course map links every chapter page', async () => {
    const page = await browser.context.newPage();
    const urls = await chapterUrls(page, siteUrl);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const folder of chapters) expect(urls).toContain(pageUrl(folder));
    await page.close();
  });

  it.each(chapters)('%s: runs to the end in its worker and draws its figures', async (folder) => {
    const page = await browser.context.newPage();
    const url = pageUrl(folder);
    const failures: string[] = [];
    let count = 0;
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
    await page.close();
    console.log(`ran ${count} snippets on ${url}`);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
});
