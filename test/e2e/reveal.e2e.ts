/**
 * "Try this" boxes ask first and answer later: each <Reveal> keeps its body folded until the reader opens it,
 * and a <Predict> judges the chosen letter, then unfolds its explanation. Checked on a built chapter page in
 * both languages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser } from './browser';

const siteUrl = inject('siteUrl');
const chapter = 'chapters/softmax-regression/';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const editions = [
  { name: 'English', path: chapter, summary: 'What happens', wrong: 'Not quite', right: 'Right.' },
  { name: 'Chinese', path: `zh-cn/${chapter}`, summary: '结果如何', wrong: '不对', right: '答对了。' },
];

async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watch> }> {
  const page = await browser.context.newPage();
  const problems = watch(page, siteUrl);
  await page.goto(siteUrl + path, { waitUntil: 'load' });
  return { page, problems };
}

describe.each(editions)('Try boxes on the $name chapter page', (edition) => {
  it('each reveal stays folded until its summary is clicked', async () => {
    const { page, problems } = await open(edition.path);
    // The reveals of the Try boxes themselves; a Predict's explanation is checked below.
    const reveals = page.locator('.try details.reveal:not(.predict details)');
    const count = await reveals.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const reveal = reveals.nth(i);
      const body = reveal.locator('.reveal-body');
      expect(await body.isVisible()).toBe(false);
      expect(await reveal.getAttribute('open')).toBeNull();
      const summary = reveal.locator('summary');
      expect((await summary.textContent())?.trim()).toBe(edition.summary);
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      expect(await reveal.getAttribute('open')).not.toBeNull();
      expect(await body.isVisible()).toBe(true);
      expect((await body.textContent())?.trim().length).toBeGreaterThan(20);
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a prediction: a wrong choice names the right letter and opens the explanation, the right one says so', async () => {
    const { page, problems } = await open(edition.path);
    const predictions = page.locator('.try .predict');
    expect(await predictions.count()).toBeGreaterThan(0);
    const predict = predictions.first();
    await predict.scrollIntoViewIfNeeded();
    const answer = Number(await predict.getAttribute('data-answer'));
    const options = predict.locator('.predict-option');
    const wrong = answer === 0 ? 1 : 0;
    const letter = String.fromCharCode(65 + answer);
    const verdict = predict.locator('.predict-verdict');
    const explanation = predict.locator('details.reveal');

    expect(await verdict.getAttribute('role')).toBe('status');
    expect(await explanation.getAttribute('open')).toBeNull();
    expect(await explanation.locator('.reveal-body').isVisible()).toBe(false);
    for (let i = 0; i < (await options.count()); i++) expect(await options.nth(i).getAttribute('aria-pressed')).toBe('false');

    await options.nth(wrong).click();
    expect(await options.nth(wrong).getAttribute('aria-pressed')).toBe('true');
    expect(await options.nth(answer).getAttribute('aria-pressed')).toBe('false');
    const wrongVerdict = (await verdict.textContent()) ?? '';
    expect(wrongVerdict).toContain(edition.wrong);
    expect(wrongVerdict).toContain(letter);
    expect(await explanation.getAttribute('open')).not.toBeNull();
    expect(await explanation.locator('.reveal-body').isVisible()).toBe(true);

    await options.nth(answer).click();
    expect(await options.nth(answer).getAttribute('aria-pressed')).toBe('true');
    expect(await options.nth(wrong).getAttribute('aria-pressed')).toBe('false');
    expect((await verdict.textContent())?.trim()).toBe(edition.right);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a printed chapter page', () => {
  it('shows every reveal body and every choice, open or not', async () => {
    const { page } = await open(chapter);
    await page.emulateMedia({ media: 'print' });
    const bodies = page.locator('.try .reveal-body');
    const count = await bodies.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) expect(await bodies.nth(i).isVisible(), `reveal body ${i}`).toBe(true);
    const options = page.locator('.predict-option');
    expect(await options.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await options.count()); i++) expect(await options.nth(i).isVisible(), `choice ${i}`).toBe(true);
    await page.close();
  });
});
