/** Shared steps of the playground browser tests: find snippets, drive them, wait for runs. */
import type { Locator, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** Chapter page URLs, in course order, from the landing page's course map. */
export async function chapterUrls(page: Page, siteUrl: string): Promise<string[]> {
  await page.goto(siteUrl);
  const links = await page.$$eval('a[href*="/chapters/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href.split('#')[0]));
  return [...new Set(links)];
}

/** The first chapter page that has a snippet. */
export async function pageWithSnippet(page: Page, siteUrl: string): Promise<string> {
  for (const url of await chapterUrls(page, siteUrl)) {
    await page.goto(url);
    if ((await page.locator('live-snippet').count()) > 0) return url;
  }
  throw new Error('No chapter page has a <Snippet>.');
}

/** Finished runs of a snippet so far (data-runs). */
export async function runsOf(snippet: Locator): Promise<number> {
  return Number((await snippet.getAttribute('data-runs')) ?? 0);
}

/** Waits until the snippet has finished more than `before` runs; returns its state and status line. */
export async function waitForRun(snippet: Locator, before: number, timeout = 120_000): Promise<{ state: string; status: string }> {
  await snippet.evaluate(
    (el, n) => new Promise<void>((resolve) => {
      const check = () => (Number(el.getAttribute('data-runs') ?? 0) > n ? resolve() : setTimeout(check, 50));
      check();
    }),
    before,
    { timeout },
  );
  return {
    state: (await snippet.getAttribute('data-state')) ?? '',
    status: (await snippet.locator('[data-role="status"]').textContent()) ?? '',
  };
}

/** Clicks Run and waits for the run to end. */
export async function run(snippet: Locator, timeout?: number): Promise<{ state: string; status: string }> {
  const before = await runsOf(snippet);
  await snippet.locator('button[data-action="run"]').click();
  return waitForRun(snippet, before, timeout);
}

/** Opens the editor (as the reader's Edit does) and replaces the code. */
export async function setCode(snippet: Locator, code: string): Promise<void> {
  await snippet.evaluate(async (el, text) => {
    const playground = await (el as HTMLElement & { activate(a: string): Promise<{ setCode(c: string): Promise<void> }> }).activate('edit');
    await playground.setCode(text);
  }, code);
}

/** The code the snippet would run now. */
export async function currentCode(snippet: Locator): Promise<string> {
  return snippet.evaluate(async (el) => {
    const playground = await (el as HTMLElement & { activate(a: string): Promise<{ currentCode(): string }> }).activate('restore');
    return playground.currentCode();
  });
}

/** Gzipped bytes of every script a page loaded, by URL. */
export async function gzippedScripts(page: Page, urls: readonly string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const url of urls) {
    const body = await (await page.request.get(url)).body();
    sizes[url] = gzipSync(body, { level: 9 }).length;
  }
  return sizes;
}
