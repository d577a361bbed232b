import { describe, it } from 'vitest';
import { expectChineseRun } from '../../../test/unit/i18n-snippet-runs';

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['random-hessians.ts', 'saddle-escape.ts', 'plateau-crossing.ts']) {
    it(`${file}: figures and knobs in Chinese, the same numbers`, () => expectChineseRun(new URL(file, import.meta.url)));
  }
});
