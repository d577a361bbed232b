/** Comparing a snippet's English and Chinese runs: what a reader sees in its figures, knobs and console. */
import { expect } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';

/** Every text a reader sees in a run's figures and controls: trace names, figure and axis titles, annotations, knob labels. */
export function visibleLabels(run: SnippetRun): string[] {
  const figures = Object.values(run.figures).flatMap((figure) => {
    const names = figure.data.map((trace) => (trace as { name?: string }).name ?? '');
    const layout = figure.layout as Record<string, unknown>;
    const title = (layout.title as { text?: string } | undefined)?.text ?? '';
    const axes = Object.entries(layout)
      .filter(([key]) => /^[xy]axis\d*$/.test(key))
      .map(([, axis]) => (axis as { title?: { text?: string } }).title?.text ?? '');
    const notes = ((layout.annotations as { text?: string }[] | undefined) ?? []).map((a) => a.text ?? '');
    return [...names, title, ...axes, ...notes];
  });
  return [...figures, ...run.knobs.map((knob) => (knob.kind === 'number' ? knob.options.label : knob.label) ?? '')];
}

export const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

/** Words (and abbreviations such as BN) that are not mathematics (log, min, z_norm, ...): a label with one needs translating. */
const hasEnglishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !/^(log|min|max|exp|norm)$/.test(w));

/**
 * Runs a snippet once in English and once in Chinese and checks that the Chinese run says every worded label
 * in Chinese, leaves pure mathematics alone, logs in Chinese, and computes exactly the same exports.
 */
/** `snippet` is the file, e.g. `new URL('./x.ts', import.meta.url)`. */
export async function expectChineseRun(snippet: URL): Promise<void> {
  const english = await runSnippetFile(snippet);
  const chinese = await runSnippetFile(snippet, { locale: 'zh-cn' });
  expect(chinese.exports).toEqual(english.exports);
  const englishLabels = visibleLabels(english);
  const chineseLabels = visibleLabels(chinese);
  expect(englishLabels.some(hasChinese)).toBe(false);
  expect(chineseLabels).toHaveLength(englishLabels.length);
  englishLabels.forEach((text, i) => {
    if (hasEnglishWords(text)) expect(hasChinese(chineseLabels[i]), `${text} -> ${chineseLabels[i]}`).toBe(true);
    else expect(chineseLabels[i]).toBe(text);
  });
  expect(chinese.logs.length).toBe(english.logs.length);
  expect(chinese.logs.every(hasChinese)).toBe(true);
  expect(english.logs.some(hasChinese)).toBe(false);
}

/**
 * Checks an English and a Chinese run of the same snippet with the same knobs: identical exports, every
 * worded label translated (pure mathematics left alone), console lines in Chinese.
 */
export function expectSameRunInChinese(english: SnippetRun, chinese: SnippetRun): void {
  expect(chinese.exports).toEqual(english.exports);
  const englishLabels = visibleLabels(english), chineseLabels = visibleLabels(chinese);
  expect(englishLabels.some(hasChinese)).toBe(false);
  expect(chineseLabels).toHaveLength(englishLabels.length);
  // A label with English words has Chinese words in the Chinese run; one of pure math stays as it is
  // (short labels such as "w to" may be translated too).
  englishLabels.forEach((text, i) => {
    const translated = hasChinese(chineseLabels[i]);
    if (/[a-z]{3,}/.test(text)) expect(translated, `${text} -> ${chineseLabels[i]}`).toBe(true);
    else if (!translated) expect(chineseLabels[i]).toBe(text);
  });
  expect(chinese.logs.length).toBeGreaterThan(0);
  expect(chinese.logs.every(hasChinese)).toBe(true);
  expect(english.logs.some(hasChinese)).toBe(false);
}
