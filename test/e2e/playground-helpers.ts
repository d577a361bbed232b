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

/** Waits until the element's counter attribute (`data-runs`, `data-checks`) is above `before`; returns its state and status line. */
async function waitForCount(element: Locator, counter: string, before: number, timeout: number): Promise<{ state: string; status: string }> {
  await element.evaluate(
    (el, [name, n]) => new Promise<void>((resolve) => {
      const poll = () => (Number(el.getAttribute(name as string) ?? 0) > (n as number) ? resolve() : setTimeout(poll, 50));
      poll();
    }),
    [counter, before] as const,
    { timeout },
  );
  return {
    state: (await element.getAttribute('data-state')) ?? '',
    status: (await element.locator('[data-role="status"]').textContent()) ?? '',
  };
}

/** Waits until the snippet has finished more than `before` runs; returns its state and status line. */
export function waitForRun(snippet: Locator, before: number, timeout = 120_000): Promise<{ state: string; status: string }> {
  return waitForCount(snippet, 'data-runs', before, timeout);
}

/** Clicks an exercise's Check and waits until the check has finished; returns the state and the status line. */
export async function check(exercise: Locator): Promise<{ state: string; status: string }> {
  const before = Number((await exercise.getAttribute('data-checks')) ?? 0);
  await exercise.locator('button[data-action="check"]').click();
  return waitForCount(exercise, 'data-checks', before, 90_000);
}

/** The chapter page whose URL contains `slug`, from the landing page's course map. */
export async function chapterUrl(page: Page, siteUrl: string, slug: string): Promise<string> {
  const url = (await chapterUrls(page, siteUrl)).find((u) => u.includes(`/${slug}/`));
  if (!url) throw new Error(`No chapter ${slug} on the course map.`);
  return url;
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
