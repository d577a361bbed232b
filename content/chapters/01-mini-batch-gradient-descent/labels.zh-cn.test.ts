import { describe, it } from 'vitest';
import { runSnippetFile, type SnippetRun } from '@node-host';
import { expectChineseRun, expectSameRunInChinese } from '../../../test/unit/i18n-snippet-runs';

/** A run without its measured times: they differ from one run to the next, whatever the language. */
const withoutTimes = (run: SnippetRun): SnippetRun => {
  const { msPerEpoch: _measured, ...computed } = run.exports;
  return { ...run, exports: computed };
};

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['paths-on-contours.ts', 'epochs.ts', 'noisy-cost.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers`, () => expectChineseRun(new URL(file, import.meta.url)));
  }
  for (const file of ['cost-vs-time.ts', 'batch-size-sweep.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers (times aside)`, async () => {
      const english = await runSnippetFile(new URL(file, import.meta.url));
      const chinese = await runSnippetFile(new URL(file, import.meta.url), { locale: 'zh-cn' });
      expectSameRunInChinese(withoutTimes(english), withoutTimes(chinese));
    });
  }
});
