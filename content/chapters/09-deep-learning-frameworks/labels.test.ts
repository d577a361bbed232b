import { describe, expect, it } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';
import type { KnobValue, SnippetLocale } from '../../../src/runtime/snippet';
import { expectSameRunInChinese, visibleLabels as labels } from '../../../test/unit/i18n-snippet-runs';

// The Chinese page draws this chapter's figures with Chinese words: same numbers, other labels.

/** A run of a snippet of this chapter in one language. */
const run = (file: string, locale: SnippetLocale, knobs: Record<string, KnobValue> = {}): Promise<SnippetRun> =>
  runSnippetFile(new URL(file, import.meta.url), { locale, knobs });

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
      expectSameRunInChinese(await run(file, 'en', knobs), await run(file, 'zh-cn', knobs));
    });
  }

  it('names the knobs and nodes the Chinese prose refers to', async () => {
    const chinese = await run('tensorflow-vs-engine.ts', 'zh-cn', { steps: 10 });
    expect(chinese.knobs.map((k) => (k.kind === 'number' ? k.options.label : k.label))).toEqual(['优化器', '步数']);
    expect(labels(await run('graph.ts', 'zh-cn')).some((text) => text.endsWith('梯度 -4.0'))).toBe(true);
  });
});
