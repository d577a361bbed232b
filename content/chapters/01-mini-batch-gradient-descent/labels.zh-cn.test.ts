import { describe, it } from 'vitest';
import { runSnippet, type SnippetRun } from '../../../src/runtime/node-host';
import { expectChineseRun, expectSameRunInChinese } from '../../../test/unit/i18n-snippet-runs';

// A fresh module instance per run: a distinct query string gives one.
const load = (file: string) => (tag: string) => () => import(/* @vite-ignore */ `./${file}?labels=${tag}`) as Promise<Record<string, unknown>>;

/** A run without its measured times: they differ from one run to the next, whatever the language. */
const withoutTimes = (run: SnippetRun): SnippetRun => {
  const { msPerEpoch: _measured, ...computed } = run.exports;
  return { ...run, exports: computed };
};

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['paths-on-contours.ts', 'epochs.ts', 'noisy-cost.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers`, () => expectChineseRun(load(file)));
  }
  for (const file of ['cost-vs-time.ts', 'batch-size-sweep.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers (times aside)`, async () => {
      const english = await runSnippet(load(file)('en'));
      const chinese = await runSnippet(load(file)('zh'), { locale: 'zh-cn' });
      expectSameRunInChinese(withoutTimes(english), withoutTimes(chinese));
    });
  }
});
