import { describe, expect, it } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';
import type { KnobValue, SnippetLocale } from '../../../src/runtime/snippet';
import { expectSameRunInChinese, visibleLabels as labels } from '../../../test/unit/i18n-snippet-runs';

// The Chinese page draws this chapter's figures with Chinese words: same numbers, other labels.

/** A fresh run of a snippet of this chapter in one language. */
function run(file: string, locale: SnippetLocale, knobs: Record<string, KnobValue> = {}): Promise<SnippetRun> {
  return runSnippetFile(new URL(file, import.meta.url), { locale, knobs });
}

// Short settings for the snippets that train, so the test stays quick; the labels do not depend on them.
const snippets: Record<string, Record<string, KnobValue>> = {
  'bias-correction.ts': {},
  'bowl.ts': {},
  'momentum-forms.ts': {},
  'stable-learning-rate.ts': { steps: 200 },
  'optimization-exercise.ts': { epochs: 500 },
  'notebook-exact.ts': { epochs: 100 },
  'adam-by-hand.ts': {},
};

describe('momentum, RMSprop and Adam snippets in both languages', () => {
  for (const [file, knobs] of Object.entries(snippets)) {
    it(`${file}: the Chinese run labels figures, knobs and console in Chinese and computes the same numbers`, async () => {
      expectSameRunInChinese(await run(file, 'en', knobs), await run(file, 'zh-cn', knobs));
    });
  }

  it('names the knobs and traces the Chinese prose refers to', async () => {
    const bowl = await run('bowl.ts', 'zh-cn');
    expect(bowl.knobs.map((k) => (k.kind === 'number' ? k.options.label : k.label))).toEqual(['α（四者共用）', 'β（动量）', '步数', '起点 (w₁, w₂)', '显示到第几步']);
    expect(labels(bowl)).toContain('梯度下降');
    const byHand = await run('adam-by-hand.ts', 'zh-cn');
    expect(byHand.knobs.map((k) => (k.kind === 'number' ? k.options.label : k.label))).toEqual(['α', '我的 Adam 做偏差修正']);
  });
});
