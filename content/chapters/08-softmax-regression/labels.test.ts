import { describe, expect, it } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';
import type { KnobValue, SnippetLocale } from '../../../src/runtime/snippet';
import { expectSameRunInChinese, visibleLabels as labels } from '../../../test/unit/i18n-snippet-runs';

// The Chinese page draws this chapter's figures with Chinese words: same numbers, other labels.

/** A run of a snippet of this chapter in one language. */
const run = (file: string, locale: SnippetLocale, knobs: Record<string, KnobValue> = {}): Promise<SnippetRun> =>
  runSnippetFile(new URL(file, import.meta.url), { locale, knobs });

// Small knob settings where a snippet trains, so the test stays quick; the labels do not depend on them.
const snippets: Record<string, Record<string, KnobValue>> = {
  'softmax-vector.ts': {},
  'two-classes.ts': {},
  'decision-regions.ts': { hiddenUnits: 4 },
  'gradient-check.ts': {},
  'mnist.ts': { trainSize: 500, epochs: 1 },
};

describe('softmax regression snippets in both languages', () => {
  for (const [file, knobs] of Object.entries(snippets)) {
    it(`${file}: the Chinese run labels figures, knobs and console in Chinese and computes the same numbers`, async () => {
      expectSameRunInChinese(await run(file, 'en', knobs), await run(file, 'zh-cn', knobs));
    });
  }

  it('names the knobs the Chinese prose refers to', async () => {
    const chinese = await run('decision-regions.ts', 'zh-cn', { hiddenUnits: 4 });
    expect(chinese.knobs.map((k) => (k.kind === 'number' ? k.options.label : k.label))).toEqual(['数据集', '隐藏层单元数']);
    expect(labels(await run('softmax-vector.ts', 'zh-cn'))).toContain('每个 z 乘以');
  });
});
