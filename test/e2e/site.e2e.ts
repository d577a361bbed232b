/**
 * Visits every page reachable from the landing page under the base path and fails on console errors,
 * failed requests, requests to other origins, broken internal links or missing assets.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch, type Browser } from './browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Same-origin links under the base path, without fragments. */
function internal(links: string[]): string[] {
  return [...new Set(links.map((l) => l.split('#')[0]).filter((l) => l.startsWith(siteUrl) && !isDownload(l)))];
}

/** A PDF is a download, not a page: the crawler checks that it is there instead of opening it. */
const isDownload = (link: string) => link.endsWith('.pdf');
const downloads = (links: string[]) => [...new Set(links.filter((l) => l.startsWith(siteUrl) && isDownload(l)))];

describe('every page', () => {
  it('loads cleanly and links only to pages and assets that exist', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, siteUrl);
    const queue = [siteUrl];
    const visited = new Set<string>();
    const brokenLinks: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) {
        brokenLinks.push(`${url} -> ${response?.status()}`);
        continue;
      }
      // Every asset the HTML names must load (images, styles, scripts, icons).
      const assets = await page.$$eval('[src], link[href]', (els) =>
        els.map((e) => (e as HTMLImageElement).src || (e as HTMLLinkElement).href).filter(Boolean));
      for (const asset of new Set(assets)) {
        if (!asset.startsWith('http')) continue;
        const r = await page.request.get(asset);
        if (r.status() !== 200) brokenLinks.push(`${url}: asset ${asset} -> ${r.status()}`);
      }
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of internal(links)) if (!visited.has(link)) queue.push(link);
      for (const download of downloads(links)) {
        const r = await page.request.get(download);
        if (r.status() !== 200) brokenLinks.push(`${url}: download ${download} -> ${r.status()}`);
      }
      // Fragment links must name an element on their page.
      const missingTargets = await page.$$eval('a[href^="#"]', (as) =>
        as.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => id && !document.getElementById(decodeURIComponent(id))));
      for (const id of missingTargets) brokenLinks.push(`${url}: no element #${id}`);
    }
    await page.close();
    expect(brokenLinks).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    // The landing page, 9 chapters at least.
    expect(visited.size).toBeGreaterThanOrEqual(10);
    console.log(`visited ${visited.size} pages`);
  });

  it('serves a 404 page for an unknown address', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${siteUrl}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('not found');
    await page.close();
  });

  it('shows chapter navigation, previous/next and a table of contents', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl);
    const cards = page.locator('.course-map a');
    expect(await cards.count()).toBe(9);
    await cards.nth(1).click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/notes/chapters/');
    await expect(page.locator('nav[aria-label="Previous and next chapter"] a').count()).resolves.toBe(2);
    expect(await page.locator('.toc a').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.chapter-nav a[aria-current="page"]').filter({ visible: true }).count()).toBe(1);
    await page.close();
  });
});

describe('search', () => {
  it('finds a chapter by its words, from the keyboard, on a static host', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, siteUrl);
    await page.goto(siteUrl);
    await page.keyboard.press('/');
    const input = page.locator('#search-input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('bias correction');
    const first = page.locator('.results a').first();
    await first.waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => h.includes('/notes/chapters/exponentially-weighted-averages/'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('offline', () => {
  it('reads a chapter with the network gone, after one visit', async () => {
    const page = await browser.context.newPage();
    const chapter = `${siteUrl}chapters/learning-rate-decay/`;
    await page.goto(siteUrl);
    // The service worker precaches every page on install.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await browser.context.setOffline(true);
    try {
      await page.goto(chapter);
      await expect(page.locator('h1').textContent()).resolves.toContain('Learning-rate decay');
    } finally {
      await browser.context.setOffline(false);
      await page.close();
    }
  });
});

describe('phone width', () => {
  it('fits every page without sideways scrolling of the page', async () => {
    const phone = await launch({ viewport: { width: 360, height: 780 } });
    try {
      const page = await phone.context.newPage();
      await page.goto(siteUrl);
      const links = internal(await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)));
      const overflowing: string[] = [];
      for (const url of [siteUrl, ...links]) {
        await page.goto(url);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scrollWidth > clientWidth) overflowing.push(`${url}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }
      expect(overflowing).toEqual([]);
      expect(links.length).toBeGreaterThanOrEqual(10);
    } finally {
      await phone.close();
    }
  });
});
