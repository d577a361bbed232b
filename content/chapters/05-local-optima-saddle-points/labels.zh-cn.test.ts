import { describe, it } from 'vitest';
import { expectChineseRun } from '../../../test/unit/i18n-snippet-runs';

// A fresh module instance per run: a distinct query string gives one.
const load = (file: string) => (tag: string) => () => import(/* @vite-ignore */ `./${file}?labels=${tag}`) as Promise<Record<string, unknown>>;

describe('the Chinese page runs the same snippets with Chinese labels', () => {
  for (const file of ['random-hessians.ts', 'saddle-escape.ts', 'plateau-crossing.ts']) {
    it(`${file}: figures and knobs in Chinese, the same numbers`, () => expectChineseRun(load(file)));
  }
});
