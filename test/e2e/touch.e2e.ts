/**
 * Knobs on the figure itself: a timeline steps, scrubs and plays; hovering a point shows the rule that
 * produced it with that point's numbers; a point knob follows a drag on its figure and the arrow keys.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, watch, type Browser } from './browser';
import { run, runsOf, waitForRun } from './playground-helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const ewaChapter = () => new URL('chapters/exponentially-weighted-averages/', siteUrl).href;
const snippetOf = (src: string) => page.locator(`live-snippet[data-id="${src}"]`);

/** The x values of each trace Plotly drew in figure `id` of `snippet` (once Plotly, not the first SVG frames, draws it). */
async function drawnX(snippet: Locator, id: string): Promise<number[][]> {
  const figure = snippet.locator(`[data-figure-id="${id}"]`);
  await figure.and(snippet.locator('[data-renderer="plotly"]')).waitFor({ timeout: 60_000 });
  return figure.evaluate((el) =>
    ((el as HTMLElement & { data?: { x: number[] }[] }).data ?? []).map((trace) => [...trace.x]));
}

/** Viewport pixels of data points in a figure Plotly drew, from Plotly's own axes. */
function pixelsOf(figure: Locator, points: readonly (readonly [number, number])[]): Promise<{ x: number; y: number }[]> {
  return figure.evaluate((el, list) => {
    type Axis = { _offset: number; l2p(v: number): number };
    const { xaxis, yaxis } = (el as HTMLElement & { _fullLayout: { xaxis: Axis; yaxis: Axis } })._fullLayout;
    const box = el.getBoundingClientRect();
    return list.map(([x, y]) => ({ x: box.left + xaxis._offset + xaxis.l2p(x), y: box.top + yaxis._offset + yaxis.l2p(y) }));
  }, points);
}

/** Clicks `control` and waits for the re-run it causes to finish. */
async function andWait(snippet: Locator, act: () => Promise<void>): Promise<void> {
  const before = await runsOf(snippet);
  await act();
  const { state } = await waitForRun(snippet, before);
  expect(state).toBe('done');
  // The figure is redrawn a frame after the run ends.
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('a timeline knob (chapter 2: the average building up day by day)', () => {
  it('steps back and forward one day, scrubs to day k, and plays', async () => {
    const problems = watch(page, siteUrl);
    await page.goto(ewaChapter(), { waitUntil: 'load' });
    const snippet = snippetOf('02-exponentially-weighted-averages/bias-correction.ts');
    await snippet.scrollIntoViewIfNeeded();
    const range = snippet.locator('input[data-kind="timeline"]');
    expect(await range.inputValue()).toBe('120');

    await andWait(snippet, () => snippet.locator('[data-timeline-action="back"]').click());
    expect(await range.inputValue()).toBe('119');
    await expect.poll(async () => (await drawnX(snippet, 'start')).map((x) => x.length), { timeout: 30_000 }).toEqual([119, 119, 119]);
    await andWait(snippet, () => snippet.locator('[data-timeline-action="forward"]').click());
    await expect.poll(async () => (await drawnX(snippet, 'start'))[1].at(-1), { timeout: 30_000 }).toBe(120);

    // Scrubbing to day k draws days 1..k.
    await andWait(snippet, () => range.evaluate((el: HTMLInputElement) => {
      el.value = '30';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    await expect.poll(async () => (await drawnX(snippet, 'start'))[1], { timeout: 30_000 }).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await snippet.locator('.knob-timeline output').textContent()).toBe('30 / 120');

    // Play moves on by itself, a run at a time, until paused.
    const play = snippet.locator('[data-timeline-action="play"]');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction((el) => Number((el as HTMLInputElement).value) >= 35, await range.elementHandle(), { timeout: 60_000 });
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = Number(await range.inputValue());
    await page.waitForTimeout(1500);
    await page.waitForFunction((el) => el.getAttribute('data-state') !== 'running' && el.getAttribute('data-state') !== 'loading', await snippet.elementHandle());
    expect(Number(await range.inputValue())).toBe(paused);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('a formula on hover (chapter 2)', () => {
  it('hovering day t of the average shows v_t = β × v_(t-1) + (1 − β) × θ_t with that day\'s numbers', async () => {
    await page.goto(ewaChapter(), { waitUntil: 'load' });
    const snippet = snippetOf('02-exponentially-weighted-averages/bias-correction.ts');
    await snippet.scrollIntoViewIfNeeded();
    expect((await run(snippet)).state).toBe('done');
    const figure = snippet.locator('[data-figure-id="start"]');
    await figure.locator('.main-svg').first().waitFor();
    await figure.scrollIntoViewIfNeeded();
    const day = 10; // index 9
    const trace = await figure.evaluate((el, i) => {
      const plot = el as HTMLElement & { data: { x: number[]; y: number[] }[] };
      return { x: plot.data[1].x[i], theta: plot.data[0].y[i], previous: plot.data[1].y[i - 1], value: plot.data[1].y[i] };
    }, day - 1);
    const [pixel] = await pixelsOf(figure, [[trace.x, trace.value]]);
    const where = { ...trace, ...pixel };
    await page.mouse.move(where.x, where.y);
    const label = figure.locator('.hoverlayer .hovertext');
    await label.first().waitFor({ timeout: 5000 });
    const text = (await label.allTextContents()).join(' | ');
    expect(text).toContain(`v${day} = 0.980 × ${where.previous.toFixed(2)} + 0.020 × ${where.theta.toFixed(2)} = ${where.value.toFixed(2)}`);
  });
});

describe('a point knob (chapter 3: all four optimizers from the same start)', () => {
  /** The first point of every optimizer path Plotly drew, and a pixel's width in data units. */
  const firstPoints = (figure: Locator) => figure.evaluate((el) => {
    type Axis = { _length: number; range: number[] };
    const plot = el as HTMLElement & { data: { x: number[]; y: number[]; type?: string }[]; _fullLayout: { xaxis: Axis; yaxis: Axis } };
    const { xaxis, yaxis } = plot._fullLayout;
    return {
      starts: plot.data.slice(1, 5).map((t) => [t.x[0], t.y[0]]),
      pixel: [(xaxis.range[1] - xaxis.range[0]) / xaxis._length, (yaxis.range[1] - yaxis.range[0]) / yaxis._length],
    };
  });

  it('dragging on the bowl moves every path\'s first point to where it was dropped; the arrow keys move it too', async () => {
    const problems = watch(page, siteUrl);
    await page.goto(new URL('chapters/momentum-rmsprop-adam/', siteUrl).href, { waitUntil: 'load' });
    const snippet = snippetOf('03-momentum-rmsprop-adam/bowl.ts');
    await snippet.scrollIntoViewIfNeeded();
    expect((await run(snippet)).state).toBe('done');
    const figure = snippet.locator('[data-figure-id="paths"]');
    await figure.locator('.main-svg').first().waitFor();
    await figure.scrollIntoViewIfNeeded();
    const near = (got: number[][], want: number[], tolerance: number[]) =>
      got.every(([x, y]) => Math.abs(x - want[0]) <= tolerance[0] && Math.abs(y - want[1]) <= tolerance[1]);

    // Keyboard: focus the figure, press → twice: x grows by 2 × 2% of its range (4), from the default start.
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => near((await firstPoints(figure)).starts, [-1.8 + 0.16, 0.8], [1e-6, 1e-6]), { timeout: 60_000 }).toBe(true);

    // Drag from (-1, 0.5) to (0.5, -0.4): the pixels from Plotly's own axes.
    const [from, to] = await pixelsOf(figure, [[-1, 0.5], [0.5, -0.4]]);
    const target = { from, to };
    await page.mouse.move(target.from.x, target.from.y);
    await page.mouse.down();
    await page.mouse.move((target.from.x + target.to.x) / 2, (target.from.y + target.to.y) / 2, { steps: 4 });
    await page.mouse.move(target.to.x, target.to.y, { steps: 4 });
    await page.mouse.up();
    // While dragging, each move waits for the last one's run: poll until the run for the drop is drawn.
    await expect.poll(async () => {
      const { starts, pixel } = await firstPoints(figure);
      return near(starts, [0.5, -0.4], pixel.map((p) => p * 1.5));
    }, { timeout: 60_000 }).toBe(true);
    expect(await snippet.locator('input[data-kind="point"][data-axis="0"]').inputValue()).toMatch(/^0\.(49|5)/);
    expect(await figure.getAttribute('aria-describedby')).toBeTruthy();
    expect(problems.consoleErrors).toEqual([]);
  });
});
