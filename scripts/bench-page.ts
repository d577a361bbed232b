// `npm run bench:page`: how fast a chapter's snippet answers the reader, in Chromium, on the built site.
// Per chapter page, on its first snippet with a slider (else its first snippet; --snippet picks one by
// file name, e.g. --snippet temperatures.ts, on the pages that have it), it measures
//   run    Run clicked -> first figure of the run drawn (the next animation frame after it),
//   knob   slider moved -> figure redrawn with the new value (median of five moves, after one run and
//          once the page is idle again, Plotly having taken over its figures;
//          each move follows the last redraw, so a long run is cut short by the next move, as a reader's would be;
//          --knob-gap-ms N waits N ms after each redraw instead, as a reader who looks between nudges),
//   editor Edit clicked -> editor ready,
// at 1x and 4x CPU throttle (DevTools Protocol Emulation.setCPUThrottlingRate), each the median of
// several cold runs (a fresh browser profile, so nothing is cached). Run is clicked two frames after the
// snippet is scrolled into view, or --read-ms later (a reader reads before clicking; the page may use
// that idle time). Prints a table; asserts nothing.
//
//   npm run bench:page                         # every chapter of dist/, 3 runs each
//   npm run bench:page -- --runs 5 --only exponentially,batch --dist /tmp/other-dist --json
//   npm run bench:page -- --only exponentially --snippet temperatures.ts --read-ms 2000
//   npm run bench:page -- --throttle 1                # desktop speed only
//   npm run bench:page -- --only local --knob-gap-ms 400
//
// Serves dist/ (built with any base path) over loopback, gzipped, as the browser tests do.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { builtBasePath } from './pdf';

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const dist = argument('dist') ?? 'dist';
const runs = Math.max(1, Number(argument('runs') ?? 3));
const only = argument('only')?.split(',');
const snippetName = argument('snippet');
const readMs = Math.max(0, Number(argument('read-ms') ?? 0));
const KNOB_MOVES = 5;
const knobGapMs = Math.max(0, Number(argument('knob-gap-ms') ?? 0));
/** CPU throttle rates to measure at (--throttle 1 for a quick look at desktop speed). */
const THROTTLES = (argument('throttle') ?? '1,4').split(',').map(Number).filter((rate) => rate >= 1);
/** Long enough for a throttled cold Run; a measure that takes longer is reported as missing. */
const STEP_TIMEOUT_MS = 60_000;
/** How long the first run may go on before the knob moves start (they cut it short anyway). */
const RUN_END_WAIT_MS = 15_000;

if (!existsSync(`${dist}/index.html`)) throw new Error(`No ${dist}/index.html: build first (BASE_PATH=/notes/ npm run build).`);

interface Sample {
  readonly run?: number;
  readonly knob?: number;
  readonly editor?: number;
}

/** Everything measured inside the page, so the numbers hold no Playwright round trips. */
async function measure(page: Page): Promise<Sample & { snippet: string }> {
  return page.evaluate(async ({ moves, timeout, runEndWait, name, read, gap }) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const snippets = [...document.querySelectorAll<HTMLElement>('live-snippet')];
    const named = name === undefined ? undefined : snippets.find((s) => (s.dataset.id ?? '').endsWith(name));
    const snippet = named ?? snippets.find((s) => s.querySelector('input[type="range"][data-knob]:not([data-live])')) ?? snippets[0];
    const drawCount = () => [...snippet.querySelectorAll<HTMLElement>('[data-figure-id]')].reduce((n, f) => n + Number(f.dataset.drawn ?? 0), 0);
    const finished = () => Number(snippet.dataset.runs ?? 0);
    /** Resolves when `test()` holds, checked on every DOM change in the snippet; null after the timeout. */
    const until = (test: () => boolean, limit = timeout) => new Promise<number | null>((resolve) => {
      const started = performance.now();
      const observer = new MutationObserver(() => check());
      const timer = setTimeout(() => done(null), limit);
      function done(value: number | null) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      }
      function check() {
        if (test()) void frame().then(() => done(performance.now() - started));
      }
      observer.observe(snippet, { subtree: true, attributes: true, childList: true });
      check();
    });
    snippet.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    if (read > 0) await new Promise((resolve) => setTimeout(resolve, read));

    const drawnBefore = drawCount();
    const runsBefore = finished();
    const runTimer = until(() => drawCount() > drawnBefore);
    snippet.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
    const run = await runTimer;
    await until(() => finished() > runsBefore, runEndWait);
    // The reader looks at the result before moving a knob: the page finishes its own work first (Plotly
    // loads and takes over from the run's SVG frames), as it would while they look.
    await until(() => !snippet.querySelector('.snippet-figure[data-renderer="svg"]'), runEndWait);
    await new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 }));

    const slider = snippet.querySelector<HTMLInputElement>('input[type="range"][data-knob]:not([data-live])');
    const knobTimes: number[] = [];
    for (let move = 0; slider && move < moves; move++) {
      const [min, max] = [Number(slider.min), Number(slider.max)];
      slider.value = String(min + ((max - min) * (move + 1)) / (moves + 2));
      const drawn = drawCount();
      const redrawn = until(() => drawCount() > drawn);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      const time = await redrawn;
      if (time !== null) knobTimes.push(time);
      if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
    }
    knobTimes.sort((a, b) => a - b);
    const knob = knobTimes.length ? knobTimes[Math.floor(knobTimes.length / 2)] : undefined;

    const editorTimer = until(() => snippet.dataset.editor === 'ready');
    snippet.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    const editor = await editorTimer;
    return { snippet: snippet.dataset.id ?? '?', run: run ?? undefined, knob, editor: editor ?? undefined };
  }, { moves: KNOB_MOVES, timeout: STEP_TIMEOUT_MS, runEndWait: RUN_END_WAIT_MS, name: snippetName, read: readMs, gap: knobGapMs });
}

async function coldSample(url: string, throttle: number): Promise<Sample & { snippet: string }> {
  const browser = await launch();
  try {
    // tsx keeps function names with a `__name` helper that the page does not have.
    await browser.context.addInitScript('window.__name = (f) => f');
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load' });
    return await measure(page);
  } finally {
    await browser.close();
  }
}

const median = (values: readonly (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : undefined;
};

const columns = THROTTLES.flatMap((t) => ['run', 'knob', 'editor'].map((k) => `${k} ${t}x`));
const cell = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)}`);

const { server, url } = await serveStatic(dist, builtBasePath(dist));
// Course order, as the landing page's course map lists the chapters.
const landing = readFileSync(`${dist}/index.html`, 'utf8');
const courseOrder = [...new Set([...landing.matchAll(/href="[^"]*\/chapters\/([^/"#]+)\/"/g)].map((m) => m[1]))];
const chapters = courseOrder.filter((slug) => existsSync(`${dist}/chapters/${slug}`) && (!only || only.some((o) => slug.includes(o))));
interface Row {
  readonly chapter: string;
  snippet: string;
  /** Milliseconds by column ("run 1x", "knob 4x", …). */
  readonly times: Record<string, number | undefined>;
}
const rows: Row[] = [];
// Each row prints as soon as its chapter is measured (a full run takes a while).
console.log(`Median of ${runs} cold runs, milliseconds (– = not measured: no slider, or nothing drawn within ${STEP_TIMEOUT_MS / 1000} s).\n`);
console.log(`| chapter | snippet | ${columns.join(' | ')} |`);
console.log(`| --- | --- | ${columns.map(() => '---:').join(' | ')} |`);
try {
  for (const chapter of chapters) {
    const row: Row = { chapter, snippet: '', times: {} };
    for (const throttle of THROTTLES) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await coldSample(`${url}chapters/${chapter}/`, throttle));
      row.snippet = samples[0].snippet;
      for (const key of ['run', 'knob', 'editor'] as const) row.times[`${key} ${throttle}x`] = median(samples.map((s) => s[key]));
    }
    rows.push(row);
    console.log(`| ${row.chapter} | ${row.snippet.split('/').pop()} | ${columns.map((c) => cell(row.times[c])).join(' | ')} |`);
  }
} finally {
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
