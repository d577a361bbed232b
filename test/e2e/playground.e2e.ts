/**
 * The playground in Chromium on the built site: first paint, editor, runs, Stop, errors at the
 * reader's line, saved edits, Reset, share links, knobs, trace types, theme and parallel runs.
 * Timings are printed (measured, never asserted).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser, type PageProblems } from './browser';
import { editKey } from '../../src/playground/storage';
import { chapterUrls, currentCode, gzippedScripts, pageWithSnippet, run, runsOf, setCode, waitForRun } from './playground-helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;
let chapterUrl: string;

beforeAll(async () => {
  browser = await launch();
  const page = await browser.context.newPage();
  chapterUrl = await pageWithSnippet(page, siteUrl);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url = chapterUrl): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  const problems = watch(page, siteUrl);
  await page.goto(url, { waitUntil: 'load' });
  // Tests share one browser profile: start each from the authors' code, with no saved edits.
  if (await page.evaluate((prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)), editKey(''))) {
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
  }
  return { page, problems };
}

const first = (page: Page) => page.locator('live-snippet').first();

/** Reader code runs only in workers of the sandbox frame: blob: URLs of an opaque origin. */
const inSandbox = (url: string) => url.startsWith('blob:null/');

describe('first paint', () => {
  it('shows highlighted code and build-time figures, and loads neither Monaco nor Plotly', async () => {
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    await page.goto(chapterUrl, { waitUntil: 'load' });
    // What the page asked for up to its load event; after that, idle time prewarms the snippets in view.
    const firstPaint = scripts.filter((s) => !/playground/.test(s) && !s.startsWith('blob:'));
    await page.waitForLoadState('networkidle');
    const snippet = first(page);
    expect(await snippet.locator('pre.astro-code').count()).toBe(1);
    expect(await snippet.locator('.snippet-figure svg').count()).toBeGreaterThan(0);
    // Neither first paint nor the prewarm loads Monaco or Plotly.
    expect(scripts.filter((s) => /plotly|editor|monaco|ts\.worker|snippet-worker/i.test(s))).toEqual([]);
    const sizes = await gzippedScripts(page, firstPaint);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log(`initial JS of ${new URL(chapterUrl).pathname}: ${(total / 1024).toFixed(1)} KB gzipped in ${firstPaint.length} scripts`, sizes);
    const own = Object.entries(sizes).filter(([url]) => /Snippet|live-snippet/.test(url)).reduce((a, [, b]) => a + b, 0);
    expect(own).toBeLessThan(10 * 1024);
    await page.close();
  });
});

describe('editing and running', () => {
  it('activates the editor, runs, streams figures and prints no console errors', async () => {
    const { page, problems } = await open();
    const snippet = first(page);
    let started = Date.now();
    await snippet.locator('button[data-action="edit"]').click();
    await snippet.locator('.monaco-editor').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-editor') === 'ready');
    const editorMs = Date.now() - started;
    started = Date.now();
    const before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    await snippet.locator('.snippet-figure[data-drawn]').first().waitFor({ timeout: 120_000 });
    const firstFigureMs = Date.now() - started;
    const result = await waitForRun(snippet, before);
    expect(result.state).toBe('done');
    expect(result.status).toMatch(/^Done in/);
    // The first frames may be SVG; Plotly takes over once it has loaded.
    await snippet.locator('.snippet-figure[data-renderer="plotly"]').first().waitFor({ timeout: 60_000 });
    expect(await snippet.locator('.snippet-figure .js-plotly-plot, .snippet-figure.js-plotly-plot').count()).toBeGreaterThan(0);
    console.log(`click to ready editor: ${editorMs} ms; Run to first figure frame: ${firstFigureMs} ms`);
    // Ctrl+Enter inside the editor runs again.
    await snippet.locator('.monaco-editor textarea').focus();
    const again = await runsOf(snippet);
    await page.keyboard.press('Control+Enter');
    expect((await waitForRun(snippet, again)).state).toBe('done');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });

  it('stops `while (true) {}` at once and the page stays responsive', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, 'let n = 0;\nwhile (true) {\n  n++;\n}\n');
    const before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-state') === 'running');
    await page.waitForTimeout(300);
    await snippet.locator('button[data-action="stop"]').click();
    const result = await waitForRun(snippet, before, 5_000);
    expect(result.state).toBe('stopped');
    expect(result.status).toBe('Stopped.');
    // The main thread answers and the page still works: the editor takes typing.
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await snippet.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('// still here');
    await expect.poll(() => currentCode(snippet), { timeout: 5_000 }).toContain('// still here');
    // Without Stop, the snippet's time limit ends the run.
    await snippet.evaluate((el) => void ((el as HTMLElement).dataset.timeLimit = '1'));
    const limited = await run(snippet, 10_000);
    expect(limited).toEqual({ state: 'stopped', status: "Stopped after 1 s, this snippet's time limit." });
    await page.close();
  });

  it('reports a throw on line 3 at line 3 and marks it', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, "const a = 1;\nconst b = a + 1;\nthrow new Error('boom on three');\nexport const c = b;\n");
    const result = await run(snippet);
    expect(result.state).toBe('error');
    expect(result.status).toBe('Error at line 3: boom on three');
    await snippet.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('reports a runtime error inside the engine at the reader\'s line, through a saved edit and the fast path (no editor)', async () => {
    const { page } = await open();
    const snippet = first(page);
    const id = (await snippet.getAttribute('data-id'))!;
    const code = "import { Tensor } from '@engine';\n\n// the shapes do not fit\nconst a = new Tensor([1, 2, 3], [2, 2]);\nexport const size = a.size;\n";
    await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify({ code: value, baseHash: 'old', savedAt: 0 })), [editKey(id), code]);
    await page.reload({ waitUntil: 'load' });
    await snippet.locator('[data-role="notice"]').filter({ hasText: 'older version' }).waitFor();
    const result = await run(snippet);
    expect(snippet.locator('.monaco-editor')).toBeDefined();
    expect(await snippet.locator('.monaco-editor').count()).toBe(0); // ran through sucrase in the worker
    expect(result.state).toBe('error');
    expect(result.status).toMatch(/^ShapeError at line 4: Tensor: 3 values do not fill shape \[2,2\]/);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('marks a type error in the editor and names it when running', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, "import { Tensor } from '@engine';\nconst t: Tensor = Tensor.zeros([2]);\nconst n: number = 'not a number';\nexport const ok = t.size + n.length;\n");
    await snippet.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    // Hover shows the engine's own doc comment, from the declarations generated at build time.
    await snippet.locator('.monaco-editor .view-line span', { hasText: /^Tensor$/ }).first().hover();
    await page.locator('.monaco-hover', { hasText: 'n-dimensional array' }).first().waitFor({ timeout: 15_000 });
    const result = await run(snippet);
    expect(await snippet.locator('[data-role="notice"]').textContent()).toMatch(/^Type error at line 3: Type 'string' is not assignable to type 'number'/);
    expect(result.state).toBe('done'); // type errors do not stop a run; the transpiled code is valid
    await page.close();
  });

  it('refuses to run a syntax error and names its line', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, 'const a = 1;\nconst b = ;\n');
    await snippet.locator('button[data-action="run"]').click();
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-state') === 'error');
    expect(await snippet.locator('[data-role="status"]').textContent()).toMatch(/^Syntax error at line 2: Expression expected/);
    await page.close();
  });

  it('names a diverging learning rate with the engine\'s message', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, [
      "import { makeMoons, meanSquaredError, mlp, sgd, train } from '@engine';",
      'const data = makeMoons({ n: 200, noise: 0.2, seed: 3 });',
      "const model = mlp([2, 8, 1], { output: 'linear' });",
      'train(model, data, { loss: meanSquaredError, optimizer: sgd(50), epochs: 50, batchSize: 200 });',
    ].join('\n'));
    const result = await run(snippet);
    expect(result.state).toBe('error');
    expect(result.status).toMatch(/^Loss diverged \(.+\) at epoch \d+, step \d+: try a smaller learning rate\. \(line 4\)$/);
    await page.close();
  });

  it('contains a huge allocation and reports it at its line', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, '// far more memory than any tab may have\nconst weights = new Float64Array(2 ** 40);\nexport const n = weights.length;\n');
    const result = await run(snippet);
    expect(result.state).toBe('error');
    expect(result.status).toMatch(/^Out of memory at line 2: /);
    // The page is fine and the next run works.
    await setCode(snippet, 'export const fine = 1;\n');
    expect((await run(snippet)).state).toBe('done');
    await page.close();
  });
});

describe('saved edits, Reset and Share', () => {
  it('keeps an edit over a reload, then Reset restores the original after a confirm', async () => {
    const { page } = await open();
    const snippet = first(page);
    const original = await currentCode(snippet);
    await setCode(snippet, `${original}\n// my own change\n`);
    await page.waitForTimeout(600); // saving is debounced
    await page.reload({ waitUntil: 'load' });
    await snippet.locator('[data-role="notice"]').filter({ hasText: 'edited version' }).waitFor();
    expect(await snippet.locator('pre[data-plain]').textContent()).toContain('// my own change');
    expect(await currentCode(snippet)).toContain('// my own change');
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await snippet.locator('button[data-action="reset"]').click();
    await page.waitForFunction(() => !document.querySelector('live-snippet')?.hasAttribute('data-edited'));
    expect(dialogs).toEqual(['Discard your changes to this snippet and restore the original?']);
    expect(await currentCode(snippet)).toBe(original);
    expect(await snippet.locator('pre[data-plain]').count()).toBe(0);
    expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), editKey(''))).toEqual([]);
    await page.close();
  });

  it('copies the current code to the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, 'export const copied = 42;\n');
    await snippet.locator('button[data-action="copy"]').click();
    await snippet.locator('[data-role="status"]', { hasText: 'Code copied to the clipboard.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('export const copied = 42;\n');
    await page.close();
  });

  it('opens a share link with its code and runs nothing until Run', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, "import { plot } from '@snippet';\nconsole.log('shared run');\nplot('shared', [{ y: [3, 1, 2] }]);\n");
    await snippet.locator('button[data-action="share"]').click();
    const link = await snippet.locator('[data-role="share-link"]').inputValue();
    expect(link).toContain('#share=');
    await page.close();

    const other = await browser.context.newPage();
    const workers: string[] = [];
    other.on('worker', (w) => workers.push(w.url()));
    await other.goto(link, { waitUntil: 'load' });
    const shared = first(other);
    await other.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-editor') === 'ready', null, { timeout: 60_000 });
    expect(await shared.locator('[data-role="notice"]').textContent()).toMatch(/has not run/);
    expect(await currentCode(shared)).toContain("console.log('shared run');");
    // The code now lives in the reader's saved edit. (Read the page's own location: Playwright's
    // page.url() learns of history.replaceState a moment later.)
    expect(await other.evaluate(() => location.hash)).toBe('');
    await other.waitForTimeout(500);
    expect(workers.filter(inSandbox)).toEqual([]);
    expect(await shared.getAttribute('data-runs')).toBeNull();
    const result = await run(shared);
    expect(result.state).toBe('done');
    expect(await shared.locator('[data-role="console"]').textContent()).toBe('shared run');
    expect(workers.filter(inSandbox).length).toBe(1);
    await other.evaluate(() => localStorage.clear());
    await other.close();
  });
});

describe('knobs, trace types, theme and parallel runs', () => {
  it('re-runs when a knob moves, and delivers live knob changes into a running snippet', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, [
      "import { knob, liveKnob, tick } from '@snippet';",
      "const start = knob('start', 2, { min: 1, max: 10, step: 1, label: 'start' });",
      "const target = liveKnob('target', 1, { min: 1, max: 5, step: 1, label: 'target' });",
      'const started = Date.now();',
      'while (target() < 5 && Date.now() - started < 30_000) await tick();',
      "console.log('start', start, 'target', target());",
    ].join('\n'));
    let before = await runsOf(snippet);
    await snippet.locator('button[data-action="run"]').click();
    await snippet.locator('input[data-knob="target"][data-live]').waitFor();
    expect(await snippet.getAttribute('data-state')).toBe('running');
    const target = snippet.locator('input[data-knob="target"]');
    await target.fill('5'); // fires input and change while the snippet waits in tick()
    let result = await waitForRun(snippet, before);
    expect(result.state).toBe('done');
    expect(await snippet.locator('[data-role="console"]').textContent()).toBe('start 2 target 5');
    before = await runsOf(snippet);
    await snippet.locator('input[data-knob="start"]').fill('7');
    result = await waitForRun(snippet, before);
    expect(await snippet.locator('[data-role="console"]').textContent()).toMatch(/^start 7 target/);
    await page.close();
  });

  it('runs a snippet when a first-paint slider moves, without loading the editor', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page, siteUrl);
    await page.goto(siteUrl);
    await page.evaluate(() => localStorage.clear()); // earlier tests' edits would replace the authors' code
    let snippet = null;
    for (const url of await chapterUrls(page, siteUrl)) {
      await page.goto(url, { waitUntil: 'load' });
      const withSlider = page.locator('live-snippet', { has: page.locator('input[type="range"][data-knob]') });
      if ((await withSlider.count()) > 0) {
        snippet = withSlider.first();
        break;
      }
    }
    expect(snippet, 'no chapter snippet declares a numeric knob').not.toBeNull();
    const slider = snippet!.locator('input[type="range"][data-knob]').first();
    const [min, max] = await slider.evaluate((e: HTMLInputElement) => [Number(e.min), Number(e.max)]);
    await slider.scrollIntoViewIfNeeded();
    const label = await snippet!.locator('.knob output').first().textContent();
    await slider.fill(String(min + (max - min) / 3));
    const result = await waitForRun(snippet!, 0);
    expect(result.state).toBe('done');
    expect(await snippet!.locator('.knob output').first().textContent()).not.toBe(label);
    expect(await snippet!.locator('.monaco-editor').count()).toBe(0);
    // Drawing trails the run's end (a grid figure waits for Plotly to load).
    await expect.poll(() => snippet!.locator('.snippet-figure[data-drawn]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('draws every trace type of the Plotly bundle as itself, and follows the theme', async () => {
    const { page, problems } = await open();
    const snippet = first(page);
    const types = ['scatter', 'bar', 'contour', 'heatmap', 'histogram', 'surface', 'scatter3d'];
    await setCode(snippet, [
      "import { plot } from '@snippet';",
      'const z = [[1, 2, 3], [2, 3, 4], [3, 4, 6]];',
      "plot('scatter', [{ type: 'scatter', x: [1, 2, 3], y: [2, 1, 3] }]);",
      "plot('bar', [{ type: 'bar', x: ['a', 'b'], y: [2, 3] }]);",
      "plot('contour', [{ type: 'contour', z }]);",
      "plot('heatmap', [{ type: 'heatmap', z }]);",
      "plot('histogram', [{ type: 'histogram', x: [1, 2, 2, 3, 3, 3] }]);",
      "plot('surface', [{ type: 'surface', z }]);",
      "plot('scatter3d', [{ type: 'scatter3d', mode: 'lines', x: [1, 2], y: [1, 2], z: [1, 2] }]);",
    ].join('\n'));
    expect((await run(snippet)).state).toBe('done');
    await page.waitForFunction((n) => document.querySelectorAll('live-snippet .snippet-figure[data-renderer="plotly"]').length >= n, types.length);
    const drawn = await snippet.evaluate((el) => [...el.querySelectorAll<HTMLElement>('.snippet-figure[data-drawn]')].map((f) => [
      f.dataset.figureId, (f as unknown as { _fullData: { type: string }[] })._fullData[0].type,
    ]));
    expect(Object.fromEntries(drawn)).toEqual(Object.fromEntries(types.map((t) => [t, t])));
    const fontColor = () => snippet.evaluate((el) => (el.querySelector('.snippet-figure[data-figure-id="bar"]') as unknown as { _fullLayout: { font: { color: string } } })._fullLayout.font.color);
    const light = await fontColor();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.waitForFunction((c) => (document.querySelector('.snippet-figure[data-figure-id="bar"]') as unknown as { _fullLayout: { font: { color: string } } })._fullLayout.font.color !== c, light);
    expect(await fontColor()).not.toBe(light);
    await snippet.locator('.monaco-editor.vs-dark').waitFor(); // the editor follows too
    // Figures follow the page's width.
    const width = () => snippet.evaluate((el) => (el.querySelector('.snippet-figure[data-figure-id="bar"]') as unknown as { _fullLayout: { width: number } })._fullLayout.width);
    const wide = await width();
    await page.setViewportSize({ width: 600, height: 900 });
    await page.waitForFunction((w) => (document.querySelector('.snippet-figure[data-figure-id="bar"]') as unknown as { _fullLayout: { width: number } })._fullLayout.width < w, wide);
    expect(await width()).toBeLessThan(wide);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('runs parallel() tasks in several workers and hands results over as they arrive', async () => {
    const { page } = await open();
    const snippet = first(page);
    await setCode(snippet, [
      "import { parallel } from '@snippet';",
      'const arrived: number[] = [];',
      'const squares = await parallel([1, 2, 3, 4], (n, engine) => n * n + engine.Tensor.zeros([n]).size * 0, (out) => arrived.push(out));',
      "console.log('squares', squares.join(','), 'arrived', arrived.length);",
    ].join('\n'));
    // The snippets in view have started their workers (the run goes to this one's): count what the run adds.
    await page.waitForFunction((el) => el?.hasAttribute('data-prewarmed'), await snippet.elementHandle(), { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // Each prewarmed snippet's worker is running in the sandbox before the run starts.
    const prewarmed = () => page.evaluate(() => document.querySelectorAll('live-snippet[data-prewarmed]').length);
    for (let wait = 0; wait < 200 && page.workers().filter((w) => inSandbox(w.url())).length < (await prewarmed()); wait++) await page.waitForTimeout(50);
    expect(page.workers().filter((w) => inSandbox(w.url())).length).toBe(await prewarmed());
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const prewarmedBefore = await prewarmed();
    const result = await run(snippet);
    expect(result.state).toBe('done');
    expect(await snippet.locator('[data-role="console"]').textContent()).toBe('squares 1,4,9,16 arrived 4');
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    // Four tasks beside the run's (prewarmed) worker, all in the sandbox; plus a worker for each snippet the
    // run scrolled near the viewport, which prewarmed meanwhile.
    await page.waitForLoadState('networkidle');
    // A prewarmed snippet's worker starts once the frame has its script, and one more may prewarm while we
    // wait: the count must settle at the expected number, twice in a row 200 ms apart (a worker too many never does).
    const expected = async () => 4 + (await prewarmed()) - prewarmedBefore;
    let settled = 0;
    for (let wait = 0; wait < 60 && settled < 2; wait++) {
      settled = workers.filter(inSandbox).length === (await expected()) ? settled + 1 : 0;
      await page.waitForTimeout(200);
    }
    expect(workers.filter(inSandbox).length).toBe(await expected());
    expect(workers.length).toBe(workers.filter(inSandbox).length);
    await page.close();
  });
});
