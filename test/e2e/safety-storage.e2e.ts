/**
 * Nothing lost, nothing silent, nothing but the build served, in Chromium on the built site: a
 * tampered cache entry is never served; a full storage, a share link over a saved edit, and broken,
 * unknown or huge share links each tell the reader what happened and leave the page working.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './browser';
import { chapterUrl as findChapter, currentCode, run, setCode } from './playground-helpers';
import { MAX_SHARED_CODE_CHARS, shareLink } from '../../src/playground/share';
import { backupKey, editKey } from '../../src/playground/storage';
import { en } from '../../src/i18n/en';

const NOT_SAVED_NOTICE = en.snippet.notSaved;

const siteUrl = inject('siteUrl');
let browser: Browser;
let chapterUrl: string;

beforeAll(async () => {
  browser = await launch();
  const page = await browser.context.newPage();
  chapterUrl = await findChapter(page, siteUrl, 'exponentially-weighted-averages');
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

const first = (page: Page) => page.locator('live-snippet').first();
const notice = (element: Locator) => element.locator('[data-role="notice"]');

/** A fresh page at `url`, with every saved edit and backup of earlier tests gone. */
async function open(url: string, setup?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(siteUrl);
  await page.evaluate(() => localStorage.clear());
  await setup?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits for the service worker to finish installing and to control `page`. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload({ waitUntil: 'load' });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('service worker', () => {
  it('never serves a cache entry that is not what the build produced', async () => {
    const page = await open(chapterUrl);
    await controlled(page);
    const firstPaintScript = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src);
    // The editor's chunk arrives on the first Edit, so this worker has not served it yet (the playground's
    // may have: a snippet in view loads it in idle time, and a worker keeps what it has checked in memory).
    const sw = await (await page.request.get(`${siteUrl}sw.js`)).text();
    const editorPath = /"(\/[^"]*\/_astro\/editor\.[A-Za-z0-9_-]+\.js)"/.exec(sw)?.[1];
    expect(editorPath).toBeTruthy();
    const editorChunk = new URL(editorPath!, siteUrl).href;
    const tampered = await page.evaluate(async (urls) => {
      const name = (await caches.keys()).find((k) => k.startsWith('live-notes-'))!;
      const cache = await caches.open(name);
      for (const url of urls) {
        await cache.put(url, new Response('window.tampered = (window.tampered ?? 0) + 1;', { headers: { 'content-type': 'text/javascript' } }));
      }
      return (await Promise.all(urls.map(async (url) => (await cache.match(url))!.text()))).every((t) => t.includes('tampered'));
    }, [firstPaintScript, editorChunk]);
    expect(tampered).toBe(true);

    await page.reload({ waitUntil: 'load' });
    const snippet = first(page);
    await snippet.locator('button[data-action="edit"]').click();
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-editor') === 'ready', null, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as { tampered?: number }).tampered)).toBeUndefined();
    expect(await page.evaluate(() => customElements.get('live-snippet') !== undefined)).toBe(true);
    // The tampered entry was dropped and the build's file cached in its place.
    const real = await (await page.request.get(editorChunk)).text();
    const cached = await page.evaluate(async (url) => {
      const name = (await caches.keys()).find((k) => k.startsWith('live-notes-'))!;
      return (await (await caches.open(name)).match(url))?.text();
    }, editorChunk);
    expect(cached).toBe(real);
    await page.close();
  });
});

describe('storage full or blocked', () => {
  const quotaFull = (page: Page) => page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

  it('says an edit could not be saved, and keeps it for the page', async () => {
    const page = await open(chapterUrl, quotaFull);
    const snippet = first(page);
    const edited = "console.log('kept in memory');\n";
    await setCode(snippet, edited);
    await expect.poll(() => notice(snippet).textContent()).toBe(NOT_SAVED_NOTICE);
    expect(await snippet.getAttribute('data-edited')).not.toBeNull();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await currentCode(snippet)).toBe(edited);
    const result = await run(snippet);
    expect(result.state).toBe('done');
    expect(await snippet.locator('[data-role="console"]').textContent()).toBe('kept in memory');
    await page.close();
  });

  it('says exercise progress could not be saved', async () => {
    const exercisePage = await findChapter(await browser.context.newPage(), siteUrl, 'momentum-rmsprop-adam');
    const page = await open(exercisePage, quotaFull);
    const exercise = page.locator('live-exercise').first();
    await exercise.evaluate(async (el) => {
      const controller = await (el as HTMLElement & { activate(a: string): Promise<{ setCode(c: string): Promise<void> }> }).activate('edit');
      await controller.setCode('export function adamStep() { return null; }\n');
    });
    await expect.poll(() => notice(exercise).textContent()).toBe(NOT_SAVED_NOTICE);
    await page.close();
  });
});

describe('share links', () => {
  async function snippetId(): Promise<string> {
    const page = await browser.context.newPage();
    await page.goto(chapterUrl);
    const id = (await first(page).getAttribute('data-id'))!;
    await page.close();
    return id;
  }

  it('keep the edit they replace as a backup, with a way back', async () => {
    const id = await snippetId();
    const page = await open(chapterUrl);
    const mine = "console.log('my own edit');\n";
    await setCode(first(page), mine);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), editKey(id))).toContain('my own edit');
    await page.close();

    const shared = "console.log('from the link');\n";
    const other = await browser.context.newPage();
    await other.goto(shareLink(chapterUrl, { snippetId: id, code: shared }), { waitUntil: 'load' });
    const snippet = first(other);
    await other.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-editor') === 'ready', null, { timeout: 60_000 });
    expect(await notice(snippet).textContent()).toMatch(/share link.*Your previous edit is kept/);
    expect(await currentCode(snippet)).toBe(shared);
    expect(await other.evaluate((key) => localStorage.getItem(key), backupKey(id))).toBe(mine);
    await snippet.locator('[data-role="restore-backup"]').click();
    expect(await currentCode(snippet)).toBe(mine);
    expect(await notice(snippet).textContent()).toMatch(/previous edit is back/);
    expect(await other.evaluate((key) => localStorage.getItem(key), editKey(id))).toContain('my own edit');
    expect(await other.evaluate((key) => localStorage.getItem(key), backupKey(id))).toBeNull();
    await other.close();
  });

  it('that are garbage, cut short, for another page, or huge each show a notice and leave the page working', async () => {
    const id = await snippetId();
    const encodedId = encodeURIComponent(id);
    const good = new URL(shareLink(chapterUrl, { snippetId: id, code: "console.log('a program long enough to be cut short somewhere in the middle');\n" }));
    const huge = '// one line of a very long shared program\n'.repeat(Math.ceil(MAX_SHARED_CODE_CHARS / 40));
    const cases: { name: string; hash: string; expected: RegExp; pageLevel?: boolean }[] = [
      { name: 'garbage', hash: `#share=${encodedId}&code=this-is-not-lz-string!!`, expected: /cannot be read/ },
      { name: 'cut short', hash: good.hash.slice(0, good.hash.length - 12), expected: /cannot be read/ },
      { name: 'no code', hash: `#share=${encodedId}`, expected: /no code/ },
      { name: 'unknown id', hash: '#share=99-nowhere%2Fmissing.ts&code=abc', expected: /not on this page/, pageLevel: true },
      { name: 'huge code', hash: `#share=${encodedId}&code=${compressToEncodedURIComponent(huge)}`, expected: /more than 200 KB/ },
      { name: 'absurd compressed part', hash: `#share=${encodedId}&code=${'A'.repeat(6 * MAX_SHARED_CODE_CHARS)}`, expected: /more than 200 KB/ },
    ];
    for (const { name, hash, expected, pageLevel } of cases) {
      const page = await open(chapterUrl + hash);
      const snippet = first(page);
      const original = await snippet.evaluate((el) => el.querySelector<HTMLTemplateElement>('[data-role="source"]')!.content.textContent);
      const shown = pageLevel ? page.locator('[data-role="page-share-notice"]') : notice(snippet);
      await expect.poll(() => shown.textContent(), { message: name }).toMatch(expected);
      expect(await currentCode(snippet), name).toBe(original);
      expect(await snippet.getAttribute('data-state'), name).not.toBe('running');
      if (name === 'huge code' || name === 'unknown id') {
        const result = await run(snippet);
        expect(result.state, name).toBe('done');
      }
      await page.close();
    }
  });
});
