/**
 * Every exercise's live figure (demo.ts) in both languages: driven by the reference solution, the Chinese run
 * draws exactly the numbers of the English run, says every worded text a reader sees (trace names, axis and
 * figure titles, annotations, category labels) in Chinese, and captions in Chinese with the same numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import { exerciseIds, hasDemo, loadDemo, loadExercise } from '../../src/exercises/catalog';
import { runDemo, type DemoFigure } from '../../src/exercises/demo';
import { hasChinese } from './i18n-snippet-runs';

/** Words (not mathematics such as log or a single letter like x): a text with one needs translating. */
const hasEnglishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !/^(log|min|max|exp|norm)$/.test(w));

/** Keys whose strings the reader sees: trace names, titles and annotations (`text`), category labels on x and y. */
const SHOWN_KEYS = new Set(['name', 'text', 'x', 'y']);

/**
 * Walks the English and the Chinese figure side by side. Numbers, nulls and Plotly's own strings (modes,
 * colours, trace types) must be identical; a shown string with English words must have Chinese in the
 * Chinese run, and one without words (°C, d, J) stays as it is. Returns the shown strings it compared.
 */
function compareFigures(en: unknown, zh: unknown, path: string, shown = false): string[] {
  if (typeof en === 'string' && shown) {
    expect(typeof zh, path).toBe('string');
    expect(hasChinese(en), `${path}: ${en}`).toBe(false);
    if (hasEnglishWords(en)) expect(hasChinese(zh as string), `${path}: ${en} -> ${String(zh)}`).toBe(true);
    else expect(zh, path).toBe(en);
    return [en];
  }
  if (Array.isArray(en)) {
    expect(Array.isArray(zh) && zh.length === en.length, `${path} has as many entries`).toBe(true);
    return en.flatMap((item, i) => compareFigures(item, (zh as unknown[])[i], `${path}[${i}]`, shown));
  }
  if (en !== null && typeof en === 'object') {
    expect(Object.keys(zh as object).sort(), `${path} has the same keys`).toEqual(Object.keys(en).sort());
    return Object.entries(en).flatMap(([key, value]) =>
      compareFigures(value, (zh as Record<string, unknown>)[key], `${path}.${key}`, SHOWN_KEYS.has(key)));
  }
  expect(zh, path).toBe(en);
  return [];
}

/** The numbers written in a caption, sorted (the Chinese sentence may say them in another order). */
const numbersIn = (caption: string) => (caption.match(/\d+(?:\.\d+)?(?:e[-+]?\d+)?/g) ?? []).sort();

const demoIds = exerciseIds().filter(hasDemo);

describe('every live figure in the page\'s language', () => {
  it('covers every exercise with a demo.ts', () => {
    expect(demoIds.length).toBeGreaterThanOrEqual(9);
  });

  for (const id of demoIds) {
    it(`${id}: same numbers, every worded label and the caption in Chinese`, async () => {
      const [{ reference }, demo] = await Promise.all([loadExercise(id), loadDemo(id)]);
      const english = runDemo(demo!, reference, engine, 'en');
      const chinese = runDemo(demo!, reference, engine, 'zh-cn');
      expect(english.error).toBeUndefined();
      expect(chinese.error).toBeUndefined();
      const en = english.figure as DemoFigure, zh = chinese.figure as DemoFigure;

      const shown = compareFigures({ data: en.data, layout: en.layout }, { data: zh.data, layout: zh.layout }, 'figure');
      expect(shown.filter(hasEnglishWords).length, 'the figure has worded labels to translate').toBeGreaterThan(1);

      expect(hasChinese(en.caption)).toBe(false);
      expect(hasChinese(zh.caption), zh.caption).toBe(true);
      expect(hasEnglishWords(zh.caption.replace(/\b[a-z]+[A-Z]\w*\b|\b(?:adam|ewa|softmax|fitLine|NaN|Infinity)\b/g, '')), zh.caption).toBe(false);
      expect(numbersIn(zh.caption)).toEqual(numbersIn(en.caption));
    });
  }

  it('every Chinese text a demo.ts writes, also in branches the solution never takes, is Chinese', () => {
    for (const id of demoIds) {
      const source = readFileSync(`content/chapters/${id}/demo.ts`, 'utf8');
      const zhTexts = [...source.matchAll(/\bzh: (['`])(.*?)\1/g)].map((m) => m[2]);
      const enTexts = [...source.matchAll(/\ben: (['"`])(.*?)\1/g)].map((m) => m[2]);
      expect(zhTexts.length, id).toBe(enTexts.length);
      for (const text of zhTexts) expect(hasChinese(text), `${id}: ${text}`).toBe(true);
    }
  });

  it('a reader function that throws is reported in Chinese on a Chinese page', async () => {
    const demo = await loadDemo(demoIds[0]);
    const outcome = runDemo(demo!, () => { throw new RangeError('broken'); }, engine, 'zh-cn');
    expect(outcome.figure).toBeUndefined();
    expect(hasChinese(outcome.error!)).toBe(true);
    expect(outcome.error).toContain('RangeError: broken');
  });
});
