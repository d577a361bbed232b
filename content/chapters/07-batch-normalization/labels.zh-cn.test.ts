import { describe, it } from 'vitest';
import { expectChineseRun } from '../../../test/unit/i18n-snippet-runs';

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['normalize-inputs.ts', 'forward-pass.ts', 'with-and-without.ts', 'layer-inputs.ts', 'batch-noise.ts', 'test-time.ts']) {
    it(`${file}: figures, knobs and console in Chinese, the same numbers`, () => expectChineseRun(new URL(file, import.meta.url)));
  }
});
