/**
 * Figure-first snippets on the built site: the figure and its knobs come before the code, which is
 * folded until the reader asks for it; a dragged slider redraws while it moves; a knob moved during
 * a long run cancels it; Stop still ends a warm worker's endless loop; a snippet near the viewport
 * starts its worker before the first Run; grid figures get an SVG first frame. Behaviour only, never time.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Locator, type Page } from 'playwright-core';
import { chromiumPath, launch, watch, type Browser } from './browser';
import { run, runsOf, setCode, waitForRun } from './playground-helpers';

const siteUrl = inject('siteUrl');
/** Its first snippet (temperatures.ts) runs in milliseconds and has a slider (1 − β). */
const chapterPath = 'chapters/exponentially-weighted-averages/';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page of the chapter at `width`, with nothing remembered from an earlier test. */
async function open(width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(siteUrl + chapterPath, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'load' });
  return page;
}

const first = (page: Page) => page.locator('live-snippet').first();
const fold = (snippet: Locator) => snippet.locator('button[data-role="fold"]');
const source = (snippet: Locator) => snippet.locator('.snippet-source');

/** Redraws of the snippet's figures so far. */
const draws = (snippet: Locator) =>
  snippet.evaluate((el) => [...el.querySelectorAll<HTMLElement>('[data-figure-id]')].reduce((n, f) => n + Number(f.dataset.drawn ?? 0), 0));

describe('layout', () => {
  for (const width of [1280, 390]) {
    it(`puts the figure, then the knobs, then the toolbar before the code, in the DOM and on screen (${width} px)`, async () => {
      const page = await open(width);
      const snippet = first(page);
      await snippet.scrollIntoViewIfNeeded();
      const order = await snippet.evaluate((el) => {
        const parts = ['.snippet-figure', '.snippet-knobs', '.snippet-bar', '.snippet-source'].map((s) => el.querySelector(s)!);
        return parts.every((part, i) => i === 0 || parts[i - 1].compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order).toBe(true);
      const figure = (await snippet.locator('.snippet-figure').first().boundingBox())!;
      const knobs = (await snippet.locator('.snippet-knobs').boundingBox())!;
      const bar = (await snippet.locator('.snippet-bar').boundingBox())!;
      const box = (await snippet.boundingBox())!;
      expect(figure.y + figure.height).toBeLessThanOrEqual(knobs.y + 1);
      expect(knobs.y + knobs.height).toBeLessThanOrEqual(bar.y + 1);
      // The figure spans the snippet's width (on a phone, the content width), less its border.
      expect(figure.width).toBeGreaterThan(box.width * 0.9);
      // The drawing that shows is the one made for this width, and its tick labels are readable on screen.
      const shown = snippet.locator('.snippet-figure svg.lnf:visible').first();
      expect(await shown.getAttribute('class')).toContain(width === 390 ? 'lnf-phone' : 'lnf-wide');
      expect(await snippet.locator('.snippet-figure svg.lnf:visible').count()).toBe(await snippet.locator('.snippet-figure').count());
      const tickPx = await shown.evaluate((svg) => {
        const tick = svg.querySelector('.lnf-ticks text')!;
        return (parseFloat(getComputedStyle(tick).fontSize) * svg.getBoundingClientRect().width) / (svg as SVGSVGElement).viewBox.baseVal.width;
      });
      expect(tickPx).toBeGreaterThanOrEqual(10);
      if (width === 390) {
        const slider = (await snippet.locator('input[type="range"]').first().boundingBox())!;
        expect(slider.height).toBeGreaterThanOrEqual(40); // thumb-sized
      }
      await page.close();
    });
  }
});

/** The chapters' URL names ('momentum-rmsprop-adam', ...), from the landing page's course map. */
async function chapterSlugs(page: Page): Promise<string[]> {
  await page.goto(siteUrl, { waitUntil: 'load' });
  const paths = await page.locator('a[href*="/chapters/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(paths.map((path) => path.split('/chapters/')[1].split('/')[0]))];
}

describe('knobs on a 390 px phone', () => {
  it('give every slider a thumb\'s travel, however long its label, on every chapter in both languages', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    const chapters = await chapterSlugs(page);
    expect(chapters.length).toBe(9);
    const narrow: string[] = [];
    let sliders = 0;
    for (const language of ['', 'zh-cn/']) {
      for (const chapter of chapters) {
        await page.goto(`${siteUrl}${language}chapters/${chapter}/`, { waitUntil: 'load' });
        const widths = await page.locator('.snippet-knobs .knob input[type="range"]').evaluateAll((inputs) =>
          inputs.map((input) => ({ knob: (input as HTMLInputElement).dataset.knob ?? '?', width: input.getBoundingClientRect().width })));
        sliders += widths.length;
        // 9rem: a slider narrower than that cannot be set to a value a thumb's step apart.
        narrow.push(...widths.filter((w) => w.width < 140).map((w) => `${language}${chapter} ${w.knob}: ${Math.round(w.width)} px`));
      }
    }
    expect(sliders).toBeGreaterThan(20);
    expect(narrow).toEqual([]);
    await page.close();
  });
});

describe('the console on a 390 px phone', () => {
  it('wraps a long line, its continuation indented under it, instead of scrolling sideways, and shows the status line whole, in both languages', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    const chapters = await chapterSlugs(page);
    const problems: string[] = [];
    let wrapped = 0;
    for (const language of ['', 'zh-cn/']) {
      for (const chapter of chapters) {
        await page.goto(`${siteUrl}${language}chapters/${chapter}/`, { waitUntil: 'load' });
        const consoles = await page.locator('.snippet-console:not([hidden])').evaluateAll((elements) => elements.map((element) => {
          const id = element.closest('live-snippet')?.getAttribute('data-id') ?? '?';
          const text = element.firstChild;
          const result = { id, scrolls: element.scrollWidth > element.clientWidth, wrapped: 0, unindented: 0 };
          if (text?.nodeType !== Node.TEXT_NODE) return result;
          let start = 0;
          for (const line of (text.textContent ?? '').split('\n')) {
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + line.length);
            start += line.length + 1;
            const rows = [...range.getClientRects()].filter((r) => r.width > 0);
            if (rows.length < 2) continue;
            result.wrapped++;
            if (!(rows[1].left > rows[0].left + 4)) result.unindented++;
          }
          return result;
        }));
        // The status line under it says where the output came from, whole, not cut off with an ellipsis.
        const cut = await page.locator('.snippet > .snippet-status').evaluateAll((lines) => lines.filter((l) => l.scrollWidth > l.clientWidth).length);
        if (cut) problems.push(`${language}${chapter}: ${cut} status lines cut off`);
        for (const c of consoles) {
          if (c.scrolls) problems.push(`${language}${c.id}: scrolls sideways`);
          if (c.unindented) problems.push(`${language}${c.id}: ${c.unindented} wrapped lines not indented`);
          wrapped += c.wrapped;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(wrapped).toBeGreaterThan(20); // most consoles have a line longer than a phone's width
    await page.close();
  });
});

describe('pressing Run', () => {
  for (const [width, language] of [[1280, ''], [390, ''], [390, 'zh-cn/']] as const) {
    it(`does not move the toolbar or the page below the snippet (${width} px${language ? ', Chinese' : ''})`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${siteUrl}${language}${chapterPath}`, { waitUntil: 'load' });
      const snippet = first(page);
      await snippet.scrollIntoViewIfNeeded();
      /** Where the toolbar and the snippet's bottom edge sit, measured from the snippet's top. */
      const offsets = () => snippet.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        return { bar: el.querySelector('.snippet-bar')!.getBoundingClientRect().top - top, bottom: el.getBoundingClientRect().bottom - top };
      });
      const status = snippet.locator('.snippet-status');
      // Before the first run the status line already holds its place, on one line, saying where the output came from.
      const idle = await status.evaluate((el) => ({ text: getComputedStyle(el, '::before').content, height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
      expect(idle.text).toMatch(language ? /构建/ : /Precomputed/);
      expect(idle.height).toBeGreaterThan(idle.line);
      expect(idle.height).toBeLessThan(2 * idle.line);
      const before = await offsets();
      const [drawn, runs] = [await draws(snippet), await runsOf(snippet)];
      await snippet.locator('button[data-action="run"]').click();
      await expect.poll(() => draws(snippet)).toBeGreaterThan(drawn);
      expect(await offsets()).toEqual(before); // the run's first frame is drawn, and nothing has moved
      await waitForRun(snippet, runs);
      expect(await status.textContent()).not.toBe('');
      expect(await offsets()).toEqual(before);
      await page.close();
    });
  }
});

describe('folded code', () => {
  it('is folded on first paint, unfolds with its button, is remembered, and folds again', async () => {
    const page = await open();
    const snippet = first(page);
    const button = fold(snippet);
    expect(await source(snippet).isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.textContent()).toMatch(/Show code \(\d+ lines\)/);
    // aria-controls names the folded code.
    const controls = await button.getAttribute('aria-controls');
    expect(await snippet.locator(`[id="${controls}"]`).getAttribute('class')).toContain('snippet-source');
    // Run works without unfolding.
    expect((await run(snippet)).state).toBe('done');
    expect(await source(snippet).isVisible()).toBe(false);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await source(snippet).isVisible()).toBe(true);
    expect(await snippet.locator('pre.astro-code').isVisible()).toBe(true);
    await page.reload({ waitUntil: 'load' });
    expect(await fold(first(page)).getAttribute('aria-expanded')).toBe('true');
    expect(await source(first(page)).isVisible()).toBe(true);
    await fold(first(page)).click();
    expect(await fold(first(page)).getAttribute('aria-expanded')).toBe('false');
    expect(await source(first(page)).isVisible()).toBe(false);
    await page.close();
  });

  it('unfolds for Edit, and a snippet with a saved edit opens unfolded', async () => {
    const page = await open();
    const snippet = first(page);
    await snippet.locator('button[data-action="edit"]').click();
    expect(await fold(snippet).getAttribute('aria-expanded')).toBe('true');
    await snippet.locator('.monaco-editor').waitFor({ timeout: 60_000 });
    expect(await snippet.locator('.monaco-editor').isVisible()).toBe(true);
    await page.evaluate(() => localStorage.clear());
    await setCode(snippet, '// my own version\nconsole.log(1);\n');
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('live-notes:edit:')));
    await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('live-notes:edit:')).forEach((k) => localStorage.removeItem(k)));
    await page.reload({ waitUntil: 'load' });
    expect(await fold(first(page)).getAttribute('aria-expanded')).toBe('true');
    expect(await source(first(page)).isVisible()).toBe(true);
    await page.close();
  });

  it('shows the code, and no fold button, with JavaScript off', async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await (await plain.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(siteUrl + chapterPath, { waitUntil: 'load' });
    const snippet = first(page);
    expect(await snippet.locator('pre.astro-code').isVisible()).toBe(true);
    expect(await fold(snippet).isVisible()).toBe(false);
    expect(await snippet.locator('.snippet-figure svg').first().isVisible()).toBe(true);
    await plain.close();
  });
});

describe('SVG frames before Plotly', () => {
  it('draws the first frame as SVG, then Plotly takes over, and markup from the snippet never becomes elements', async () => {
    const page = await open();
    const snippet = first(page);
    await setCode(snippet, [
      "import { plot } from '@snippet';",
      "const evil = '<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script>';",
      "plot('evil', [{ x: [0, 1], y: [0, 1], name: evil, line: { color: 'red\\\" onload=\\\"window.pwned=1' } }, { x: [0, 1], y: [1, 0], name: 'b' }],",
      '  { title: { text: evil }, xaxis: { title: { text: evil } } });',
    ].join('\n'));
    // A fresh page runs the saved edit without the editor, so nothing has fetched Plotly yet.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('live-notes:edit:')));
    await page.reload({ waitUntil: 'load' });
    // Every element that ever joins the figures, and which renderer drew each frame, from the first frame on.
    await first(page).evaluate((el) => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      const renderers: string[] = ((window as unknown as { renderers: string[] }).renderers = []);
      new MutationObserver((records) => {
        for (const record of records) renderers.push((record.target as HTMLElement).dataset.renderer ?? '');
      }).observe(el.querySelector('[data-role="figures"]')!, { subtree: true, attributeFilter: ['data-drawn'] });
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const e of [node, ...node.querySelectorAll('*')]) {
            if (/^(img|script|foreignObject|iframe)$/i.test(e.localName) || [...e.attributes].some((a) => /^on/i.test(a.name))) seen.push(e.outerHTML.slice(0, 120));
          }
        }
      }).observe(el.querySelector('[data-role="figures"]')!, { subtree: true, childList: true });
    });
    const fresh = first(page);
    expect((await run(fresh)).state).toBe('done');
    await fresh.locator('.snippet-figure[data-figure-id="evil"][data-renderer="plotly"]').waitFor({ timeout: 60_000 });
    const renderers = await page.evaluate(() => (window as unknown as { renderers: string[] }).renderers);
    expect(renderers[0]).toBe('svg');
    expect(renderers.at(-1)).toBe('plotly');
    expect(await fresh.locator('.snippet-figure[data-figure-id="evil"] .main-svg').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });

  it('draws a heatmap and a contour as SVG first (the grid as an inline PNG), then Plotly takes over', async () => {
    const page = await open();
    const problems = watch(page, siteUrl);
    await setCode(first(page), [
      "import { plot } from '@snippet';",
      '// 40 x 40 cells: more than the renderer draws as one rectangle each, so the grid becomes an image.',
      'const z = Array.from({ length: 40 }, (_, i) => Array.from({ length: 40 }, (_, j) => Math.sin(i / 5) * Math.cos(j / 7)));',
      "plot('grid', [{ type: 'heatmap', z }]);",
      "plot('levels', [{ type: 'contour', z }]);",
    ].join('\n'));
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('live-notes:edit:')));
    await page.reload({ waitUntil: 'load' }); // no editor, so nothing has fetched Plotly yet
    const snippet = first(page);
    await snippet.evaluate((el) => {
      const first: Record<string, string> = ((window as unknown as { firstFrames: Record<string, string> }).firstFrames = {});
      new MutationObserver((records) => {
        for (const record of records) {
          const figure = record.target as HTMLElement;
          const id = figure.dataset.figureId ?? '';
          // Which renderer drew the first frame, and whether its grid was an inline PNG image.
          first[id] ??= `${figure.dataset.renderer}:${figure.querySelector('image[href^="data:image/png;base64,"]') ? 'png' : 'no image'}`;
        }
      }).observe(el.querySelector('[data-role="figures"]')!, { subtree: true, attributeFilter: ['data-drawn'] });
      // Whether the console (this snippet prints a line every run) ever blinks out during the drag.
      const consoleView = el.querySelector<HTMLElement>('[data-role="console"]')!;
      const blinks: boolean[] = ((window as unknown as { consoleHidden: boolean[] }).consoleHidden = []);
      new MutationObserver(() => blinks.push(consoleView.hidden || consoleView.textContent === '')).observe(consoleView, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    expect((await run(snippet)).state).toBe('done');
    for (const id of ['grid', 'levels']) await snippet.locator(`.snippet-figure[data-figure-id="${id}"][data-renderer="plotly"]`).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { firstFrames: Record<string, string> }).firstFrames)).toEqual({ grid: 'svg:png', levels: 'svg:png' });
    const types = await snippet.locator('.snippet-figure[data-renderer="plotly"]').evaluateAll((figures) =>
      figures.map((f) => (f as unknown as { _fullData: { type: string }[] })._fullData[0].type));
    expect(types.sort()).toEqual(['contour', 'heatmap']);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a worker started before the first Run', () => {
  /** The page's first snippet, in view, once it has started its worker. */
  async function prewarmed(page: Page): Promise<Locator> {
    const snippet = first(page);
    await snippet.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.hasAttribute('data-prewarmed'), await snippet.elementHandle(), { timeout: 60_000 });
    return snippet;
  }

  it('is there once the snippet nears the viewport, and the first Run uses it', async () => {
    const page = await open();
    const problems = watch(page, siteUrl);
    const snippet = await prewarmed(page);
    // Nothing ran: the worker started and transpiled the code; the page drew nothing from it.
    await page.waitForTimeout(500);
    expect(await snippet.getAttribute('data-runs')).toBeNull();
    expect(await draws(snippet)).toBe(0);
    expect((await run(snippet)).state).toBe('done');
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    expect(await draws(snippet)).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('is still ended by the time limit, and the next run starts fresh', async () => {
    const page = await open();
    const snippet = await prewarmed(page);
    await setCode(snippet, 'while (true) {}\n');
    await snippet.evaluate((el: HTMLElement) => void (el.dataset.timeLimit = '2'));
    const timedOut = await run(snippet, 30_000);
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    expect(timedOut.state).toBe('stopped');
    expect(timedOut.status).toMatch(/time limit/i);
    const before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'running' && el.hasAttribute('data-worker'), await snippet.elementHandle());
    expect(await snippet.getAttribute('data-worker')).toBe('fresh');
    await snippet.locator('button[data-action="stop"]').click();
    expect((await waitForRun(snippet, before, 30_000)).state).toBe('stopped');
    await page.close();
  });

  it('is still ended by Stop', async () => {
    const page = await open();
    const snippet = await prewarmed(page);
    await setCode(snippet, 'while (true) {}\n');
    const before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'running' && el.hasAttribute('data-worker'), await snippet.elementHandle());
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    await snippet.locator('button[data-action="stop"]').click();
    expect((await waitForRun(snippet, before, 30_000)).state).toBe('stopped');
    await page.close();
  });
});

describe('knobs', () => {
  it('redraws the figure while a slider is dragged, not only on release', async () => {
    const page = await open();
    const problems = watch(page, siteUrl);
    const snippet = first(page);
    const slider = snippet.locator('input[type="range"][data-knob]').first();
    await slider.scrollIntoViewIfNeeded();
    // One run first, so the playground and the warm worker are there.
    expect((await run(snippet)).state).toBe('done');
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const before = await draws(snippet);
    // Which renderer drew each frame from here on.
    await snippet.evaluate((el) => {
      const renderers: string[] = ((window as unknown as { dragRenderers: string[] }).dragRenderers = []);
      new MutationObserver((records) => {
        for (const record of records) renderers.push((record.target as HTMLElement).dataset.renderer ?? '');
      }).observe(el.querySelector('[data-role="figures"]')!, { subtree: true, attributeFilter: ['data-drawn'] });
      // Whether the console (this snippet prints a line every run) ever blinks out during the drag.
      const consoleView = el.querySelector<HTMLElement>('[data-role="console"]')!;
      const blinks: boolean[] = ((window as unknown as { consoleHidden: boolean[] }).consoleHidden = []);
      new MutationObserver(() => blinks.push(consoleView.hidden || consoleView.textContent === '')).observe(consoleView, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    let duringDrag = 0;
    for (let step = 1; step <= 12; step++) {
      await page.mouse.move(box.x + 4 + ((box.width - 8) * step) / 12, y);
      // Give the redraw a moment before the next move (the test waits; it asserts no time).
      for (let wait = 0; wait < 40 && (await draws(snippet)) - before === duringDrag; wait++) await page.waitForTimeout(50);
      duringDrag = (await draws(snippet)) - before;
    }
    expect(duringDrag).toBeGreaterThan(1);
    // Frames drawn during the drag are drag frames (the fast SVG renderer).
    expect(await page.evaluate(() => (window as unknown as { dragRenderers: string[] }).dragRenderers)).toContain('svg');
    // The console changed with the runs and was never emptied or hidden between them.
    const consoleStates = await page.evaluate(() => (window as unknown as { consoleHidden: boolean[] }).consoleHidden);
    expect(consoleStates.length).toBeGreaterThan(0);
    expect(consoleStates).not.toContain(true);
    await page.mouse.up();
    await page.waitForFunction((el) => el?.hasAttribute('data-worker'), await snippet.elementHandle());
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    // Once the drag has settled, Plotly draws every figure again, from the last value's run.
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'done' && !el.querySelector('.snippet-figure[data-renderer="svg"]'), await snippet.elementHandle(), { timeout: 60_000 });
    const plotted = () => snippet.locator('.snippet-figure[data-renderer="plotly"]').evaluateAll((figures) =>
      figures.map((f) => JSON.stringify((f as unknown as { _fullData: { y?: ArrayLike<number> }[] })._fullData.map((t) => Array.from(t.y ?? [])))));
    const settled = await plotted();
    expect(settled.length).toBeGreaterThan(0);
    // A plain Run with the slider where the drag left it draws the same figures.
    const drawnBefore = await draws(snippet);
    expect((await run(snippet)).state).toBe('done');
    await page.waitForFunction(([el, n]) => [...(el as HTMLElement).querySelectorAll<HTMLElement>('[data-figure-id]')].reduce((sum, f) => sum + Number(f.dataset.drawn ?? 0), 0) >= (n as number),
      [await snippet.elementHandle(), drawnBefore + settled.length] as const, { timeout: 60_000 });
    expect(await plotted()).toEqual(settled);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('cancels a long run when a knob moves, and the final figure shows the last knob value', async () => {
    const page = await open();
    const snippet = first(page);
    await setCode(snippet, [
      "import { knob, plot } from '@snippet';",
      "const n = knob('n', 1, { min: 1, max: 5, step: 1 });",
      '// The default value busy-waits for most of the time limit; any other answers at once.',
      'const until = Date.now() + (n === 1 ? 50_000 : 0);',
      'while (Date.now() < until) {}',
      "plot('value', [{ x: [0, 1], y: [n, n] }]);",
    ].join('\n'));
    const before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    const slider = snippet.locator('input[data-knob="n"]');
    await slider.waitFor(); // declared by the running snippet before it starts waiting
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'running', await snippet.elementHandle());
    await page.waitForTimeout(300); // well into the long run
    await slider.evaluate((input: HTMLInputElement) => {
      input.value = '4';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const result = await waitForRun(snippet, before, 30_000);
    expect(result.state).toBe('done');
    await snippet.locator('.snippet-figure[data-figure-id="value"][data-renderer="plotly"]').waitFor({ timeout: 60_000 });
    const y = await snippet.locator('.snippet-figure[data-figure-id="value"]').evaluate((f) => (f as unknown as { _fullData: { y: number[] }[] })._fullData[0].y);
    expect([...y]).toEqual([4, 4]);
    await page.close();
  });

  it("Stop ends a warm worker's endless loop, and the next run starts a fresh worker", async () => {
    const page = await open();
    const snippet = first(page);
    await setCode(snippet, "import { knob } from '@snippet';\nconst n = knob('n', 1, { min: 1, max: 5, step: 1 });\nif (n > 1) while (true) {}\n");
    expect((await run(snippet)).state).toBe('done');
    // The same worker, warm, gets the endless loop.
    const before = await runsOf(snippet);
    await snippet.locator('input[data-knob="n"]').evaluate((input: HTMLInputElement) => {
      input.value = '3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // data-worker is set once the run has its worker (data-state says running already while it prepares).
    await page.waitForFunction((el) => el?.getAttribute('data-state') === 'running' && el.hasAttribute('data-worker'), await snippet.elementHandle());
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    await snippet.locator('button[data-action="stop"]').click();
    const stopped = await waitForRun(snippet, before, 30_000);
    expect(stopped.state).toBe('stopped');
    await snippet.locator('input[data-knob="n"]').evaluate((input: HTMLInputElement) => {
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const after = await waitForRun(snippet, before + 1, 30_000);
    expect(after.state).toBe('done');
    expect(await snippet.getAttribute('data-worker')).toBe('fresh');
    await page.close();
  });
});
