import { describe, expect, it, vi } from 'vitest';
import type { SnippetRun } from '../../../src/runtime/node-host';
import type { KnobValue, SnippetLocale } from '../../../src/runtime/snippet';
import { hasChinese, visibleLabels as labels } from '../../../test/unit/i18n-snippet-runs';

// The Chinese page draws this chapter's figures with Chinese words: same numbers, other labels.

/** A fresh run of a snippet of this chapter in one language. */
async function run(file: string, locale: SnippetLocale, knobs: Record<string, KnobValue> = {}): Promise<SnippetRun> {
  vi.resetModules();
  const { runSnippet } = await import('../../../src/runtime/node-host');
  return runSnippet(() => import(/* @vite-ignore */ `./${file}`), { locale, knobs });
}


// Few steps for the TensorFlow.js comparison, so the test stays quick; the labels do not depend on them.
const snippets: Record<string, Record<string, KnobValue>> = {
  'minimize-cost.ts': {},
  'coefficients-as-data.ts': {},
  'tensorflow-vs-engine.ts': { steps: 10 },
  'graph.ts': {},
  'autodiff-vs-hand.ts': {},
};

describe('framework snippets in both languages', () => {
  for (const [file, knobs] of Object.entries(snippets)) {
    it(`${file}: the Chinese run labels figures, knobs and console in Chinese and computes the same numbers`, async () => {
      const english = await run(file, 'en', knobs);
      const chinese = await run(file, 'zh-cn', knobs);
      expect(chinese.exports).toEqual(english.exports);
      const englishLabels = labels(english), chineseLabels = labels(chinese);
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
    });
  }

  it('names the knobs and nodes the Chinese prose refers to', async () => {
    const chinese = await run('tensorflow-vs-engine.ts', 'zh-cn', { steps: 10 });
    expect(chinese.knobs.map((k) => (k.kind === 'number' ? k.options.label : k.label))).toEqual(['优化器', '步数']);
    expect(labels(await run('graph.ts', 'zh-cn')).some((text) => text.endsWith('梯度 -4.0'))).toBe(true);
  });
});
