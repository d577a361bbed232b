/** The exercise runtime's pieces: comparison with tolerance, result text, case runner, saved progress. */
import { describe, expect, it } from 'vitest';
import { Tensor } from '@engine';
import { closeEnough, compareValues } from '../../src/exercises/compare';
import { formatNumber, formatValue, valueAt } from '../../src/exercises/format-value';
import { clearAllProgress, clearProgress, countSolved, fromOlderStarter, loadProgress, updateProgress, type ProgressStore } from '../../src/exercises/progress';
import { runCases, summary } from '../../src/exercises/run-cases';
import { editKey } from '../../src/playground/storage';
import type { ExerciseSpec } from '../../src/exercises/spec';

function memoryStore(): ProgressStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

describe('compareValues()', () => {
  it('accepts differences within relative 1e-6 or absolute 1e-9, and rejects larger ones', () => {
    expect(closeEnough(1 + 5e-7, 1)).toBe(true);
    expect(closeEnough(1 + 2e-6, 1)).toBe(false);
    expect(closeEnough(5e-10, 0)).toBe(true);
    expect(closeEnough(2e-9, 0)).toBe(false);
    expect(closeEnough(1e6 + 0.5, 1e6)).toBe(true);
  });

  it('treats NaN and infinities strictly', () => {
    expect(closeEnough(NaN, 1)).toBe(false);
    expect(closeEnough(NaN, NaN)).toBe(true);
    expect(closeEnough(Infinity, 1e308)).toBe(false);
    expect(closeEnough(-Infinity, -Infinity)).toBe(true);
  });

  it('names the first difference: path, length, missing key, type', () => {
    expect(compareValues([1, 2, 3], [1, 2, 4])).toEqual({ equal: false, path: '[2]', reason: 'values differ' });
    expect(compareValues([[1], [2]], [[1], [2, 3]])).toEqual({ equal: false, path: '[1]', reason: 'length 1 instead of 2' });
    expect(compareValues({ w: [1] }, { w: [1], v: [0] })).toEqual({ equal: false, path: '.v', reason: 'missing property "v"' });
    expect(compareValues('1', 1)).toEqual({ equal: false, path: '', reason: 'expected a number, got a string' });
    expect(compareValues('saddle', 'minimum').equal).toBe(false);
    expect(compareValues(true, true).equal).toBe(true);
  });

  it('compares tensors by shape before values', () => {
    const a = new Tensor([1, 2, 3, 4, 5, 6], [2, 3]);
    expect(compareValues(a, new Tensor([1, 2, 3, 4, 5, 6], [3, 2]))).toEqual({ equal: false, path: '', reason: 'shape [2, 3] instead of [3, 2]' });
    expect(compareValues(a, new Tensor([1, 2, 3, 4, 5, 6.000001], [2, 3])).equal).toBe(true);
    expect(compareValues(a, new Tensor([1, 2, 3, 4, 5, 7], [2, 3]))).toMatchObject({ equal: false, path: '.data[5]' });
  });
});

describe('formatValue()', () => {
  it('writes numbers, arrays, tensors and objects briefly', () => {
    expect(formatNumber(0.1)).toBe('0.1');
    expect(formatNumber(1 / 3)).toBe('0.3333333');
    expect(formatNumber(2.5e-7)).toBe('2.5e-7');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatValue({ w: [1, 0.5], t: 2 })).toBe('{ w: [1, 0.5], t: 2 }');
    expect(formatValue(Array.from({ length: 12 }, (_, i) => i))).toBe('[0, 1, 2, 3, 4, 5, 6, 7, … 4 more]');
    expect(formatValue(new Tensor([1, 2], [1, 2]))).toBe('Tensor[1,2] [[1, 2]]');
    expect(valueAt({ w: [[0, 7]] }, '.w[0][1]')).toBe(7);
  });
});

describe('runCases()', () => {
  const spec: ExerciseSpec = {
    fn: 'double',
    cases: [
      { name: 'two', args: () => [2], hint: 'double two' },
      { name: 'minus one', edge: 'negative', args: () => [-1], hint: 'double minus one' },
    ],
  };
  const reference = (x: number) => 2 * x;

  it('passes a correct function and reports no expected values for passed cases', () => {
    const results = runCases(spec, (x: number) => x + x, reference);
    expect(results).toEqual([{ name: 'two', edge: undefined, passed: true }, { name: 'minus one', edge: 'negative', passed: true }]);
    expect(summary(results)).toBe('All 2 cases pass. Solved!');
  });

  it('reports expected against actual and the hint of the failing case', () => {
    const results = runCases(spec, (x: number) => Math.abs(2 * x), reference);
    expect(results[0].passed).toBe(true);
    expect(results[1]).toMatchObject({ passed: false, hint: 'double minus one', expected: '-2', actual: '2', difference: 'values differ' });
    expect(summary(results)).toBe('1 of 2 cases pass.');
  });

  it('reports a thrown error with the line the finder gives, and gives fresh arguments to each side', () => {
    const mutating = { fn: 'f', cases: [{ name: 'array', args: () => [[1, 2]], hint: 'h' }] } satisfies ExerciseSpec;
    const results = runCases(mutating, (a: number[]) => {
      a.push(99);
      throw new TypeError('nope');
    }, (a: number[]) => a.length, () => 7);
    expect(results[0]).toMatchObject({ passed: false, expected: '2', error: { name: 'TypeError', message: 'nope', line: 7 } });
  });
});

describe('progress', () => {
  it('keeps solved, attempted and code per exercise; solved stays solved', () => {
    const store = memoryStore();
    expect(loadProgress(store, 'a')).toEqual({ solved: false, attempted: false, code: null, starterHash: null, savedAt: 0 });
    updateProgress(store, 'a', { attempted: true, code: 'x' }, 5);
    updateProgress(store, 'a', { solved: true }, 6);
    updateProgress(store, 'a', { solved: false, code: 'y' }, 7);
    expect(loadProgress(store, 'a')).toEqual({ solved: true, attempted: true, code: 'y', starterHash: null, savedAt: 7 });
    updateProgress(store, 'b', { attempted: true }, 8);
    expect(countSolved(store, ['a', 'b', 'c'])).toBe(1);
  });

  it('remembers which starter the code came from, and tells when the author has changed it', () => {
    const store = memoryStore();
    updateProgress(store, 'a', { code: 'mine', starterHash: 'h1' }, 1);
    updateProgress(store, 'a', { attempted: true }, 2);
    const saved = loadProgress(store, 'a');
    expect(saved.starterHash).toBe('h1');
    expect(fromOlderStarter(saved, 'h1')).toBe(false);
    expect(fromOlderStarter(saved, 'h2')).toBe(true);
    // Progress saved before starters were hashed, or no code at all: nothing to warn about.
    expect(fromOlderStarter({ ...saved, starterHash: null }, 'h2')).toBe(false);
    expect(fromOlderStarter({ ...saved, code: null }, 'h2')).toBe(false);
  });

  it('clears one exercise, or all of them and nothing else', () => {
    const store = memoryStore();
    store.setItem(editKey('x'), 'keep');
    updateProgress(store, 'a', { solved: true });
    updateProgress(store, 'b', { solved: true });
    clearProgress(store, 'a');
    expect(countSolved(store, ['a', 'b'])).toBe(1);
    expect(clearAllProgress(store)).toBe(1);
    expect([...store.map.keys()]).toEqual([editKey('x')]);
  });

  it('survives unreadable or blocked storage', () => {
    const store = memoryStore();
    store.setItem('live-notes:exercise:a', '{not json');
    expect(loadProgress(store, 'a').solved).toBe(false);
    const full = { ...memoryStore(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(updateProgress(full, 'a', { solved: true })).toBe(false);
  });
});
