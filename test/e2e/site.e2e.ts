/**
 * Visits every page reachable from the landing page under the base path (both languages: the language
 * switch links every page to its Chinese twin) and fails on console errors, failed requests, requests to
 * other origins, broken internal links or missing assets.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watch, type Browser } from './browser';
import { untranslatedUiStrings } from './i18n-helpers';
import { chineseChapters } from '../unit/i18n-chapters';

const siteUrl = inject('siteUrl');
/** Every chapter page's path under the site, in both languages ('chapters/x/', 'zh-cn/chapters/x/'). */
const chapterPaths = () => chineseChapters().flatMap((c) => ['', 'zh-cn/'].map((language) => `${language}chapters/${c.folder.replace(/^\d+-/, '')}/`));
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
    const chinesePages: string[] = [];
    const alternatesByPage = new Map<string, string>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) {
        brokenLinks.push(`${url} -> ${response?.status()}`);
        continue;
      }
      // Every asset the HTML names must load (images, styles, scripts, icons). Alternates are pages, below.
      const assets = await page.$$eval('[src], link[href]:not([rel="alternate"])', (els) =>
        els.map((e) => (e as HTMLImageElement).src || (e as HTMLLinkElement).href).filter(Boolean));
      for (const asset of new Set(assets)) {
        if (!asset.startsWith('http')) continue;
        const r = await page.request.get(asset);
        if (r.status() !== 200) brokenLinks.push(`${url}: asset ${asset} -> ${r.status()}`);
      }
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of internal(links)) if (!visited.has(link)) queue.push(link);
      // hreflang alternates name the page in every language (full addresses on the deployed origin):
      // each must exist here, and the page's own language must be one of them.
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
        ls.map((l) => ({ lang: l.getAttribute('hreflang')!, path: new URL((l as HTMLLinkElement).href).pathname })));
      const lang = await page.evaluate(() => document.documentElement.lang);
      alternatesByPage.set(url, alternates.map((a) => a.lang).sort().join(' '));
      if (!alternates.some((a) => a.lang === lang && a.path === new URL(url).pathname)) {
        brokenLinks.push(`${url}: no hreflang alternate for its own language ${lang}`);
      }
      for (const { path } of alternates) {
        const alternate = new URL(path, siteUrl).href;
        if (!visited.has(alternate)) queue.push(alternate);
      }
      if (url.includes('/zh-cn/')) {
        chinesePages.push(url);
        if (lang !== 'zh-CN') brokenLinks.push(`${url}: <html lang="${lang}">, not zh-CN`);
        for (const text of await untranslatedUiStrings(page)) brokenLinks.push(`${url}: English UI text "${text}" on a Chinese page`);
      } else if (lang !== 'en') brokenLinks.push(`${url}: <html lang="${lang}">, not en`);
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
    // The landing page, 9 chapters and the API page, in each language.
    expect(visited.size).toBeGreaterThanOrEqual(22);
    expect(chinesePages.length).toBeGreaterThanOrEqual(11);
    expect(new Set(alternatesByPage.values())).toEqual(new Set(['en x-default zh-CN']));
    console.log(`visited ${visited.size} pages, ${chinesePages.length} of them Chinese`);
  });

  it('serves a 404 page for an unknown address', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${siteUrl}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('not found');
    await page.close();
  });

  it('has a Chinese 404 page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}zh-cn/404/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到页面');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
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

describe('search in Chinese', () => {
  it('searches the Chinese index on a Chinese page, and each query finds its chapter', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, siteUrl);
    await page.goto(`${siteUrl}zh-cn/`);
    await page.getByRole('button', { name: '搜索' }).click();
    const input = page.locator('#search-input');
    expect(await input.getAttribute('placeholder')).toContain('搜索');
    const queries = {
      偏差修正: 'zh-cn/chapters/exponentially-weighted-averages/',
      动量: 'zh-cn/chapters/momentum-rmsprop-adam/',
      鞍点: 'zh-cn/chapters/local-optima-saddle-points/',
      批归一化: 'zh-cn/chapters/batch-normalization/',
    };
    for (const [query, chapter] of Object.entries(queries)) {
      await input.fill(query);
      await expect.poll(() => page.locator('.status').textContent(), { timeout: 10_000 }).toContain(query);
      const hrefs = await page.locator('.results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs, query).toContain(siteUrl + chapter);
      // Only the Chinese index: every result is a Chinese page.
      expect(hrefs.every((h) => h.startsWith(`${siteUrl}zh-cn/`)), hrefs.join(' ')).toBe(true);
    }
    expect(await page.locator('.status').textContent()).toMatch(/条结果/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the reader on the same chapter and section, both ways', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}chapters/exponentially-weighted-averages/#bias-correction`);
    // The crawl's check for English UI text on Chinese pages does see it where it is.
    expect((await untranslatedUiStrings(page)).length).toBeGreaterThan(10);
    await page.getByRole('link', { name: '阅读本页的简体中文版' }).click();
    await page.waitForURL(`${siteUrl}zh-cn/chapters/exponentially-weighted-averages/#bias-correction`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('#bias-correction').textContent()).toBe('偏差修正');
    expect(await page.locator('.toc a[href="#bias-correction"]').first().textContent()).toBe('偏差修正');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${siteUrl}chapters/exponentially-weighted-averages/#bias-correction`);
    expect(await page.locator('#bias-correction').textContent()).toBe('Bias correction');
    await page.close();
  });

  it('shows every chapter in Chinese under /zh-cn/: no "not translated" notice, no English sections', async () => {
    // (The fallback for a chapter without Chinese text, English with a notice, is test/unit/localize.test.ts.)
    const page = await browser.context.newPage();
    for (const slug of chineseChapters().map((c) => c.folder.replace(/^\d+-/, ''))) {
      await page.goto(`${siteUrl}zh-cn/chapters/${slug}/`);
      expect(await page.locator('.not-translated').count(), slug).toBe(0);
      expect(await page.locator('main [lang="en"] h2').count(), slug).toBe(0);
      expect(await page.locator('main h2').count(), slug).toBeGreaterThan(1);
    }
    await page.goto(`${siteUrl}zh-cn/chapters/learning-rate-decay/`);
    expect(await page.locator('h1').textContent()).toBe('学习率衰减');
    await page.close();
  });
});

describe('offline', () => {
  it('reads chapters, edits and runs a snippet with the network gone, after one visit', async () => {
    // A browser of its own: a fresh service worker, and going offline touches no other test.
    const offline = await launch();
    const page = await offline.context.newPage();
    const chapter = `${siteUrl}chapters/learning-rate-decay/`;
    const another = `${siteUrl}chapters/exponentially-weighted-averages/`;
    try {
      await page.goto(chapter);
      // The service worker precaches every page and what they run on install.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await offline.context.setOffline(true);
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toContain('Learning-rate decay');
      expect(await page.evaluate(() => customElements.get('live-snippet') !== undefined)).toBe(true);

      await page.goto(another);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/weighted averages/i);
      const snippet = page.locator('live-snippet').first();
      await snippet.locator('button[data-action="edit"]').click();
      await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-editor') === 'ready', null, { timeout: 60_000 });
      await snippet.locator('button[data-action="run"]').click();
      await page.waitForFunction(() => Number(document.querySelector('live-snippet')?.getAttribute('data-runs') ?? 0) > 0, null, { timeout: 120_000 });
      expect(await snippet.getAttribute('data-state')).toBe('done');
      expect(await snippet.locator('.snippet-figure[data-drawn]').count()).toBeGreaterThan(0);

      // A page the build never made cannot have been saved: the worker says so instead of "Page not found".
      await page.goto(`${siteUrl}chapters/never-built/`);
      await expect(page.locator('body').textContent()).resolves.toContain('You are offline and this page was not saved yet');
    } finally {
      await offline.context.setOffline(false);
      await offline.close();
    }
  });
});

describe('phone width', () => {
  it('fits every page without sideways scrolling of the page', async () => {
    const phone = await launch({ viewport: { width: 360, height: 780 } });
    try {
      const page = await phone.context.newPage();
      // Every page the two landing pages link to: the chapters in both languages, the API pages.
      const found: string[] = [];
      for (const landing of [siteUrl, `${siteUrl}zh-cn/`]) {
        await page.goto(landing);
        found.push(...(await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))));
      }
      const links = internal(found);
      const overflowing: string[] = [];
      for (const url of [siteUrl, ...links]) {
        await page.goto(url);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scrollWidth > clientWidth) overflowing.push(`${url}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }
      expect(overflowing).toEqual([]);
      expect(links.length).toBeGreaterThanOrEqual(22);
    } finally {
      await phone.close();
    }
  });

  it('sets the parts of a formula one under another where they do not fit side by side, and side by side on a desktop', async () => {
    const chapter = `${siteUrl}chapters/batch-normalization/`;
    const rowsAt = async (width: number) => {
      const reader = await launch({ viewport: { width, height: 900 } });
      try {
        const page = await reader.context.newPage();
        await page.goto(chapter);
        return await page.locator('.math-row').evaluateAll((rows) => rows.map((row) => {
          const parts = [...row.children].filter((c) => c.classList.contains('katex-display')) as HTMLElement[];
          return {
            parts: parts.length,
            // A part that starts below the bottom of the one before it starts a new line.
            lines: parts.map((p) => p.getBoundingClientRect()).filter((box, i, boxes) => i === 0 || box.top >= boxes[i - 1].bottom - 1).length,
            overflowing: parts.filter((p) => p.scrollWidth > p.clientWidth + 1).length,
          };
        }));
      } finally {
        await reader.close();
      }
    };
    const phone = await rowsAt(390);
    expect(phone.length).toBeGreaterThanOrEqual(3);
    // Batch norm's four steps (μ, σ², z_norm, z̃) are twice a phone's column wide as one formula.
    const steps = phone.find((row) => row.parts === 4)!;
    expect(steps.lines).toBeGreaterThan(1);
    expect(phone.map((row) => row.overflowing)).toEqual(phone.map(() => 0));
    const desktop = await rowsAt(1366);
    expect(desktop.find((row) => row.parts === 4)!.lines).toBe(1);
  });

  it('fits every displayed formula in a 320 px phone\'s column, in both languages, without sideways scrolling', async () => {
    const phone = await launch({ viewport: { width: 320, height: 800 } });
    try {
      const page = await phone.context.newPage();
      let checked = 0;
      const scrolling: string[] = [];
      for (const path of chapterPaths()) {
        await page.goto(siteUrl + path);
        const found = await page.$$eval('.katex-display', (displays) => displays
          .filter((d) => d.clientWidth > 0) // not folded away in a closed Try box
          .map((d) => ({ over: d.scrollWidth - d.clientWidth, tex: (d.querySelector('annotation')?.textContent ?? '').trim().slice(0, 40) })));
        checked += found.length;
        scrolling.push(...found.filter((f) => f.over > 0).map((f) => `${path}: ${f.over}px over: ${f.tex}`));
      }
      expect(checked).toBeGreaterThan(150);
      expect(scrolling).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('never starts a line with the comma, full stop or "；" that follows an inline formula, in either language', async () => {
    const phone = await launch({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.context.newPage();
      let checked = 0;
      const orphans: string[] = [];
      for (const path of chapterPaths()) {
        await page.goto(siteUrl + path);
        const found = await page.evaluate(() => {
          const result = { checked: 0, orphans: [] as string[] };
          // A long formula keeps its own breaks and hands its last box to the mark (src/build/math-punctuation.ts):
          // that box, a .katex of its own, is the one checked.
          for (const math of document.querySelectorAll('.katex')) {
            if (math.closest('.katex-display')) continue;
            const after = math.nextSibling;
            // A word joiner (U+2060) may come first: the mark is the character after it.
            const at = (after?.textContent ?? '').startsWith('\u2060') ? 1 : 0;
            if (after?.nodeType !== Node.TEXT_NODE || !/^[,.;:，。；：]/.test((after.textContent ?? '').slice(at))) continue;
            const range = document.createRange();
            range.setStart(after, at);
            range.setEnd(after, at + 1);
            const mark = range.getBoundingClientRect();
            const boxes = [...math.getClientRects()];
            const last = boxes[boxes.length - 1];
            if (!last || mark.height === 0) continue; // folded away (a closed Try box)
            result.checked++;
            // On the formula's last line: the mark starts to its right, not at the left of the next line.
            if (mark.left < last.right - 1) result.orphans.push(`${(math.textContent ?? '').slice(0, 30)}${after.textContent?.[0]}`);
          }
          return result;
        });
        checked += found.checked;
        orphans.push(...found.orphans.map((o) => `${path}: ${o}`));
      }
      expect(checked).toBeGreaterThan(200);
      expect(orphans).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('keeps the header one row in both languages: the name on one line at 390 px, the logo alone at 360 px', async () => {
    for (const width of [390, 360]) {
      const phone = await launch({ viewport: { width, height: 780 } });
      try {
        const page = await phone.context.newPage();
        for (const chapter of [`${siteUrl}chapters/momentum-rmsprop-adam/`, `${siteUrl}zh-cn/chapters/momentum-rmsprop-adam/`]) {
          await page.goto(chapter);
          const header = await page.evaluate(() => {
            const name = document.querySelector<HTMLElement>('.site-header .brand-name')!;
            const brand = document.querySelector<HTMLAnchorElement>('.site-header .brand')!;
            const controls = [...document.querySelectorAll<HTMLElement>('.site-header .header-nav > *')].map((e) => e.getBoundingClientRect());
            return {
              height: document.querySelector('.site-header')!.getBoundingClientRect().height,
              nameLines: name.getClientRects().length,
              nameShown: name.getBoundingClientRect().width > 1,
              linkName: brand.textContent?.trim() ?? '',
              controlRows: new Set(controls.filter((r) => r.width > 0).map((r) => Math.round(r.top + r.height / 2))).size,
            };
          });
          expect(header.height, `${chapter} at ${width} px`).toBeLessThan(64);
          expect(header.controlRows).toBe(1);
          expect(header.linkName.length).toBeGreaterThan(0);
          if (width === 390) expect([header.nameShown, header.nameLines]).toEqual([true, 1]);
          else expect(header.nameShown).toBe(false);
        }
      } finally {
        await phone.close();
      }
    }
  });
});
