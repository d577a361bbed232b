import { describe, expect, it } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';

const chapter = new URL('../../content/chapters/02-exponentially-weighted-averages/', import.meta.url);
const snippet = (file: string) => new URL(file, chapter);

/** Every text a reader sees in a run's figures: trace names and axis titles. */
function labels(run: SnippetRun): string[] {
  return Object.values(run.figures).flatMap((figure) => {
    const names = figure.data.map((trace) => (trace as { name?: string }).name ?? '');
    const axes = Object.entries(figure.layout)
      .filter(([key]) => /^[xy]axis\d*$/.test(key))
      .map(([, axis]) => (axis as { title?: { text?: string } }).title?.text ?? '');
    return [...names, ...axes];
  });
}

const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

describe('label(): one snippet file speaks both languages', () => {
  for (const file of ['temperatures.ts', 'weights.ts', 'bias-correction.ts']) {
    it(`${file}: the Chinese run labels figures and console in Chinese and computes the same numbers`, async () => {
      const english = await runSnippetFile(snippet(file));
      const chinese = await runSnippetFile(snippet(file), { locale: 'zh-cn' });
      expect(chinese.exports).toEqual(english.exports);
      const englishLabels = labels(english);
      const chineseLabels = labels(chinese);
      expect(englishLabels.some(hasChinese)).toBe(false);
      expect(chineseLabels).toHaveLength(englishLabels.length);
      // A label with English words has Chinese words in the Chinese run; a label of pure math stays as it is.
      englishLabels.forEach((text, i) => {
        if (/[a-z]{3,}/.test(text)) expect(hasChinese(chineseLabels[i]), `${text} -> ${chineseLabels[i]}`).toBe(true);
        else expect(chineseLabels[i]).toBe(text);
      });
      expect(chinese.logs.length).toBeGreaterThan(0);
      expect(chinese.logs.every(hasChinese)).toBe(true);
      expect(english.logs.some(hasChinese)).toBe(false);
    });
  }

  it('names the knob in the page language too', async () => {
    const chinese = await runSnippetFile(snippet('temperatures.ts'), { locale: 'zh-cn' });
    const toggle = chinese.knobs.find((k) => k.name === 'biasCorrection');
    expect(toggle?.kind === 'toggle' && toggle.label).toBe('偏差修正 v/(1 − βᵗ)');
    expect(labels(chinese)).toContain('每日最高气温 θ');
  });
});
