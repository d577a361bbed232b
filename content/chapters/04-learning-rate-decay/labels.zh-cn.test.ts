import { describe, it } from 'vitest';
import { expectChineseRun } from '../../../test/unit/i18n-snippet-runs';

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['wandering.ts', 'schedules.ts', 'decay-too-fast.ts', 'notebook-decay.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers`, () => expectChineseRun(new URL(file, import.meta.url)), 300_000);
  }
});
