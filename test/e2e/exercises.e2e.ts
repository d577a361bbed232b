/**
 * Exercises in Chromium on the built site, end to end on the Adam exercise: the page holds none of the
 * hidden cases' expected values; Check on the untouched starter fails and unlocks the worked solution; a wrong
 * Adam (bias correction by multiplication) fails the case written for it, with its hint; a correct one passes
 * every case, draws its live figure (the reader's Adam path over the engine's, on the bowl; none after a failing
 * Check) and counts as solved on the chapter's and the landing page's badges, across a reload; a throw is
 * reported at the reader's line, an endless loop is stopped by the time limit; Reset all forgets everything.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, watch, type Browser, type PageProblems } from './browser';
import { chapterUrl as findChapter, check, run } from './playground-helpers';
import { exerciseIds, loadExercise } from '../../src/exercises/catalog';
import { formatNumber } from '../../src/exercises/format-value';
import { localText, locales } from '../../src/i18n';
import { zhCn } from '../../src/i18n/zh-cn';

const siteUrl = inject('siteUrl');
const ADAM = '03-momentum-rmsprop-adam/exercises/adam-step';
let browser: Browser;
let chapterUrl: string;

beforeAll(async () => {
  browser = await launch();
  const page = await browser.context.newPage();
  chapterUrl = await findChapter(page, siteUrl, 'momentum-rmsprop-adam');
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url = chapterUrl): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.context.newPage();
  const problems = watch(page, siteUrl);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

const adam = (page: Page) => page.locator(`live-exercise[data-id="${ADAM}"]`);

/** Opens the editor and replaces the code, as the reader's typing would. */
async function setCode(exercise: Locator, code: string): Promise<void> {
  await exercise.evaluate(async (el, text) => {
    const controller = await (el as HTMLElement & { activate(a: string): Promise<{ setCode(c: string): Promise<void> }> }).activate('edit');
    await controller.setCode(text);
  }, code);
}



/** A correct Adam step with the starter's signature. */
const correct = `export interface AdamState { v: number[]; s: number[]; t: number }
export function adamStep(w: number[], dw: number[], state: AdamState, hp: { alpha: number; beta1: number; beta2: number; epsilon: number }) {
  const t = state.t + 1;
  const v = state.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
  const s = state.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] ** 2);
  const w2 = w.map((wi, i) => wi - hp.alpha * (v[i] / (1 - hp.beta1 ** t)) / (Math.sqrt(s[i] / (1 - hp.beta2 ** t)) + hp.epsilon));
  return { w: w2, v, s, t };
}
`;
/** The same, with the bias correction multiplied instead of divided (the convnetjs bug). */
const multiplying = correct.replace('v[i] / (1 - hp.beta1 ** t)', 'v[i] * (1 - hp.beta1 ** t)').replace('s[i] / (1 - hp.beta2 ** t)', 's[i] * (1 - hp.beta2 ** t)');

describe('exercises on the chapter page', () => {
  it('the page holds no expected value of any hidden case, no hint and no solution before Check', async () => {
    const { page, problems } = await open();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const html = await (await page.request.get(chapterUrl)).text();
    expect(html).toContain(`data-id="${ADAM}"`);
    const onPage = exerciseIds().filter((id) => html.includes(`data-id="${id}"`));
    expect(onPage.length).toBe(3);
    const numbers: number[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'number') numbers.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const id of onPage) {
      const { spec, reference } = await loadExercise(id);
      for (const testCase of spec.cases) {
        collect(reference(...testCase.args()));
        for (const locale of locales) expect(html).not.toContain(localText(testCase.hint, locale).slice(0, 40));
      }
    }
    // Values a reader could copy: every non-trivial expected number, as the results would print it and in full.
    const distinctive = numbers.filter((x) => Number.isFinite(x) && formatNumber(x).replace(/[-.]|e.*$/g, '').length >= 5);
    expect(distinctive.length).toBeGreaterThan(20);
    for (const x of distinctive) {
      expect(html, `expected value ${x}`).not.toContain(formatNumber(x));
      expect(html).not.toContain(String(x));
    }
    expect(html).not.toContain('Why it is written this way');
    await page.waitForTimeout(300);
    expect(requested.filter((u) => /\/(cases|solution|check-worker)[-.]/.test(u))).toEqual([]);
    expect(await adam(page).locator('button[data-action="solution"]').isHidden()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('Check on the untouched starter fails and then offers the worked solution', async () => {
    const { page, problems } = await open();
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    const exercise = adam(page);
    expect(await exercise.locator('button[data-action="solution"]').isHidden()).toBe(true);
    const result = await check(exercise); // no editor yet: the worker transpiles with sucrase
    expect(result.state).toBe('failed');
    expect(result.status).toMatch(/^\d of 6 cases pass\.$/);
    expect(await exercise.locator('.exercise-case[data-passed="false"]').count()).toBeGreaterThan(0);
    await exercise.locator('button[data-action="solution"]').click();
    const solution = exercise.locator('[data-role="solution"]');
    await solution.locator('pre').filter({ hasText: 'Why it is written this way' }).waitFor({ timeout: 30_000 });
    expect(await solution.textContent()).toContain('export function adamStep');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });

  it('a wrong Adam fails the bias-correction case with its hint; a correct one passes all and is remembered', async () => {
    const { page, problems } = await open();
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    let exercise = adam(page);
    const badge = page.locator('exercise-progress[data-ids*="adam-step"]');
    await expect.poll(() => badge.locator('[data-role="count"]').textContent()).toBe('0 of 3 exercises solved');

    await setCode(exercise, multiplying);
    const wrong = await check(exercise);
    expect(wrong.state).toBe('failed');
    const { spec } = await loadExercise(ADAM);
    const target = spec.cases.findIndex((c) => localText(c.name, 'en').startsWith('bias correction divides'));
    const failedCase = exercise.locator(`.exercise-case[data-case="${target}"]`);
    expect(await failedCase.getAttribute('data-passed')).toBe('false');
    expect(await failedCase.locator('.exercise-hint').textContent()).toContain(localText(spec.cases[target].hint, 'en'));
    expect(await failedCase.locator('.exercise-expected code').textContent()).toMatch(/^\{ w: \[/);
    expect(await failedCase.locator('.exercise-actual code').textContent()).toMatch(/^\{ w: \[/);
    expect(await failedCase.locator('.exercise-difference').textContent()).toContain('.w[0]');
    expect(await exercise.locator('button[data-action="solution"]').isVisible()).toBe(true);
    expect(await exercise.locator('[data-role="solved"]').isHidden()).toBe(true);
    expect(await exercise.locator('[data-role="demo"] .js-plotly-plot').count()).toBe(0);

    await setCode(exercise, correct);
    const right = await check(exercise);
    expect(right).toEqual({ state: 'passed', status: 'All 6 cases pass. Solved!' });
    expect(await exercise.locator('.exercise-case[data-passed="true"]').count()).toBe(6);

    // The live figure: the reader's Adam path drawn over the engine's, on the contour of the bowl.
    const plot = exercise.locator('[data-role="demo"] .js-plotly-plot');
    await plot.waitFor({ timeout: 60_000 });
    const traces = await plot.evaluate((el) => (el as HTMLElement & { data: { type?: string; name?: string; x: number[] }[] }).data
      .map((t) => ({ type: t.type ?? 'scatter', name: t.name ?? '', points: t.x.length })));
    expect(traces.map((t) => t.type)).toEqual(['contour', 'scatter', 'scatter']);
    expect(traces.slice(1).map((t) => t.name)).toEqual(["the engine's adam", 'your adamStep']);
    expect(traces[1].points).toBeGreaterThan(60);
    expect(traces[2].points).toBe(traces[1].points);
    const caption = (await exercise.locator('[data-role="demo-caption"]').textContent()) ?? '';
    const apart = Number(/never more than (\S+) apart/.exec(caption)?.[1]);
    expect(apart).toBeLessThan(1e-12);

    // A failing Check takes the figure away: it only ever shows passing code.
    await setCode(exercise, multiplying);
    expect((await check(exercise)).state).toBe('failed');
    expect(await exercise.locator('[data-role="demo"] .js-plotly-plot').count()).toBe(0);
    expect(await exercise.locator('[data-role="demo"]').isHidden()).toBe(true);
    await setCode(exercise, correct);
    expect((await check(exercise)).state).toBe('passed');
    await plot.waitFor({ timeout: 60_000 });
    expect(await exercise.locator('[data-role="solved"]').isVisible()).toBe(true);
    await expect.poll(() => badge.locator('[data-role="count"]').textContent()).toBe('1 of 3 exercises solved');

    // Progress survives a reload: solved, the reader's code, the solution button.
    await page.waitForTimeout(500); // the editor saves 300 ms after the last change
    await page.reload({ waitUntil: 'load' });
    exercise = adam(page);
    await expect.poll(() => exercise.locator('[data-role="code"] pre[data-plain]').textContent()).toBe(correct);
    expect(await exercise.locator('[data-role="solved"]').isVisible()).toBe(true);
    expect(await exercise.locator('button[data-action="solution"]').isVisible()).toBe(true);
    await expect.poll(() => badge.locator('[data-role="count"]').textContent()).toBe('1 of 3 exercises solved');
    const home = await browser.context.newPage();
    await home.goto(siteUrl, { waitUntil: 'load' });
    await expect.poll(() => home.locator('exercise-progress [data-role="count"]').textContent()).toBe(`1 of ${exerciseIds().length} exercises solved`);
    await home.close();

    // Saved code written from an older starter (the author changed the exercise since) says so.
    expect(await exercise.locator('[data-role="notice"]').textContent()).toBe('Showing your last code, saved in this browser.');
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.endsWith('/exercises/adam-step'))!;
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), starterHash: 'an-older-starter' }));
    });
    await page.reload({ waitUntil: 'load' });
    exercise = adam(page);
    await expect.poll(() => exercise.locator('[data-role="notice"]').textContent()).toContain('The exercise has changed since you wrote it');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reports a throw at the reader\'s line, and stops an endless loop at the time limit', async () => {
    const { page } = await open();
    const exercise = adam(page);
    const throwing = correct.replace('  const t = state.t + 1;\n', '  const t = state.t + 1;\n  if (t > 0) throw new RangeError("broken on purpose");\n');
    await setCode(exercise, throwing);
    const thrown = await check(exercise);
    expect(thrown.state).toBe('failed');
    expect(await exercise.locator('.exercise-case .exercise-error').first().textContent()).toContain('RangeError at line 4: broken on purpose');

    await exercise.evaluate((el) => void ((el as HTMLElement).dataset.timeLimit = '2'));
    await setCode(exercise, correct.replace('  const t = state.t + 1;\n', '  const t = state.t + 1;\n  while (t > 0) { /* forever */ }\n'));
    const looped = await check(exercise);
    expect(looped.state).toBe('error');
    expect(looped.status).toMatch(/^Stopped after 2 s in case 1 \("first update \(t becomes 1\)"\): does a loop never end\?$/);

    await setCode(exercise, 'export const adamStep = 3;\n');
    const missing = await check(exercise);
    expect(missing.state).toBe('error');
    expect(missing.status).toContain('must export a function named adamStep');
    await page.close();
  });

  it('Reset all forgets every solved exercise and saved code', async () => {
    const { page } = await open(siteUrl);
    const badge = page.locator('exercise-progress');
    await expect.poll(() => badge.locator('[data-role="count"]').textContent()).toMatch(/^1 of \d+ exercises solved$/);
    await badge.locator('button[data-action="reset-all"]').click();
    await page.waitForLoadState('load');
    await expect.poll(() => badge.locator('[data-role="count"]').textContent()).toMatch(/^0 of \d+ exercises solved$/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('live-notes:exercise:')))).toEqual([]);
    await page.close();
  });
});

describe('an exercise on a Chinese page', () => {
  const EWA = '02-exponentially-weighted-averages/exercises/ewa-bias-correction';
  /** Counts t from 0 in the bias correction: divides by 1 − β⁰ = 0 at the first value. */
  const tFromZero = `export function ewa(theta: number[], beta: number, biasCorrection: boolean): number[] {
  let v = 0;
  return theta.map((x, i) => {
    v = beta * v + (1 - beta) * x;
    return biasCorrection ? v / (1 - beta ** i) : v;
  });
}
`;

  it('speaks Chinese: its instructions, buttons, status, results and the case\'s hint', async () => {
    const { page, problems } = await open(`${siteUrl}zh-cn/chapters/exponentially-weighted-averages/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const exercise = page.locator(`live-exercise[data-id="${EWA}"]`);
    const title = '递推平均：带偏差修正与不带偏差修正';
    expect(await exercise.locator('h3').textContent()).toBe(title);
    expect(await exercise.locator('.exercise-untranslated').count()).toBe(0);
    expect(await exercise.locator('.exercise-kicker').textContent()).toBe(zhCn.exercise.kicker);
    const checkButton = exercise.getByRole('button', { name: zhCn.exercise.checkLabel(title) });
    expect(await checkButton.textContent()).toBe(zhCn.exercise.check);

    await setCode(exercise, tFromZero);
    const wrong = await check(exercise);
    expect(wrong.state).toBe('failed');
    expect(wrong.status).toMatch(/^6 个用例中通过了 [1-5] 个。$/);
    const { spec } = await loadExercise(EWA);
    const target = spec.cases.findIndex((c) => c.edge === 't = 1');
    const failedCase = exercise.locator(`.exercise-case[data-case="${target}"]`);
    expect(await failedCase.getAttribute('data-passed')).toBe('false');
    expect(await failedCase.locator('.exercise-mark').textContent()).toBe(zhCn.exercise.failed);
    expect(await failedCase.locator('.exercise-case-title').textContent()).toContain(
      zhCn.exercise.edgeCase(localText(spec.cases[target].name, 'zh-cn'), 't = 1'),
    );
    expect(await failedCase.locator('.exercise-expected strong').textContent()).toBe(`${zhCn.exercise.expected} `);
    expect(await failedCase.locator('.exercise-hint strong').textContent()).toBe(`${zhCn.exercise.hint} `);
    expect(await failedCase.locator('.exercise-hint span').textContent()).toBe(localText(spec.cases[target].hint, 'zh-cn'));
    expect(await exercise.getByRole('list', { name: zhCn.exercise.results(title) }).isVisible()).toBe(true);
    expect(await exercise.locator('button[data-action="solution"]').textContent()).toBe(zhCn.exercise.showSolution);

    // The snippets of the page speak Chinese too, in the toolbar and when a run ends.
    const snippet = page.locator('live-snippet').first();
    expect(await snippet.locator('button[data-action="run"]').textContent()).toBe(zhCn.snippet.run);
    const result = await run(snippet);
    expect(result.state).toBe('done');
    expect(result.status).toMatch(/^完成，用时 [\d.]+ (毫秒|秒)。$/);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the Adam exercise in Chinese: instructions, buttons and messages', async () => {
    const { page, problems } = await open(`${siteUrl}zh-cn/chapters/momentum-rmsprop-adam/`);
    const exercise = adam(page);
    expect(await exercise.locator('.exercise-untranslated').count()).toBe(0);
    expect(await exercise.locator('.exercise-instructions').getAttribute('lang')).toBeNull();
    const instructions = (await exercise.locator('.exercise-instructions').textContent()) ?? '';
    expect(instructions.match(/\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThan(30);
    expect(await exercise.getAttribute('lang')).toBe('zh-CN');
    expect(await exercise.locator('button[data-action="check"]').textContent()).toBe(zhCn.exercise.check);
    await setCode(exercise, 'export const adamStep = 3;\n');
    const missing = await check(exercise);
    expect(missing.state).toBe('error');
    expect(missing.status).toBe(`${zhCn.exercise.missingFunctionName}：${zhCn.exercise.missingFunction('adamStep')}`);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
