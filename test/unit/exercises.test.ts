/**
 * Every exercise is honest: its reference solution passes all of its cases, and
 * its untouched starter fails at least one (so no Check passes by accident).
 * Also: each folder has the four files, the starter and the solution export
 * the same function, and every case carries a hint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseIds, exportedFunction, loadExercise } from '../../src/exercises/catalog';
import { runCases } from '../../src/exercises/run-cases';
import { localText, locales } from '../../src/i18n';

const starters = import.meta.glob<Record<string, unknown>>('/content/chapters/*/exercises/*/starter.ts');
const ids = exerciseIds();
const chapterFolders = ['01', '02', '03', '04', '05', '06', '07', '08', '09'];

describe('the exercise catalog', () => {
  it('has one to three exercises in each of the nine chapters', () => {
    for (const prefix of chapterFolders) {
      const count = ids.filter((id) => id.startsWith(`${prefix}-`)).length;
      expect(count, `chapter ${prefix}`).toBeGreaterThanOrEqual(1);
      expect(count, `chapter ${prefix}`).toBeLessThanOrEqual(3);
    }
  });

  it.each(ids)('%s has starter.ts, solution.ts, cases.ts and instructions.mdx with a title', (id) => {
    for (const file of ['starter.ts', 'solution.ts', 'cases.ts', 'instructions.mdx']) {
      expect(existsSync(`content/chapters/${id}/${file}`), file).toBe(true);
    }
    expect(readFileSync(`content/chapters/${id}/instructions.mdx`, 'utf8')).toMatch(/^---\ntitle: .+\n---\n/);
  });

  it.each(ids)('%s: starter and solution import nothing but @engine', (id) => {
    for (const file of ['starter.ts', 'solution.ts']) {
      const source = readFileSync(`content/chapters/${id}/${file}`, 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      expect(specifiers.filter((s) => s !== '@engine'), file).toEqual([]);
    }
  });
});

describe.each(ids)('exercise %s', (id) => {
  it('the reference solution passes every case', async () => {
    const { spec, reference } = await loadExercise(id);
    expect(spec.cases.length).toBeGreaterThanOrEqual(3);
    const results = runCases(spec, reference, reference);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    for (const testCase of spec.cases) {
      for (const locale of locales) expect(localText(testCase.hint, locale).length, localText(testCase.name, 'en')).toBeGreaterThan(20);
    }
  });

  it('the untouched starter fails at least one case, with that case\'s hint', async () => {
    const { spec, reference } = await loadExercise(id);
    const starter = await starters[`/content/chapters/${id}/starter.ts`]();
    const results = runCases(spec, exportedFunction(starter, spec.fn, 'starter.ts'), reference);
    const failed = results.filter((r) => !r.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const result of failed) {
      const testCase = spec.cases.find((c) => localText(c.name, 'en') === result.name)!;
      expect(result.hint).toBe(localText(testCase.hint, 'en'));
      expect(result.expected).toBeTruthy();
    }
  });
});
