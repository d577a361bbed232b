/**
 * The chapter's exercises catch the mistakes their hints name, and the
 * stable-softmax figure shows the overflow a naive version runs into.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import { loadExercise } from '../../../../src/exercises/catalog';
import { runCases } from '../../../../src/exercises/run-cases';
import { runDemo } from '../../../../src/exercises/demo';
import type { ExerciseFunction } from '../../../../src/exercises/spec';
import demo, { FACTORS } from './stable-softmax/demo';
import { softmax } from './stable-softmax/solution';

async function failedCases(id: string, reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(id);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}
const GRADIENT = '08-softmax-regression/exercises/cross-entropy-gradient';
const SOFTMAX = '08-softmax-regression/exercises/stable-softmax';
const naive = (z: number[]) => {
  const t = z.map(Math.exp);
  const total = t.reduce((a, b) => a + b, 0);
  return t.map((v) => v / total);
};

describe('cross-entropy-gradient: common mistakes fail the case written for them', () => {
  it('y − ŷ (the sign flipped) fails the first case', async () => {
    expect(await failedCases(GRADIENT, (z: number[], y: number[]) => softmax(z).map((p, j) => y[j] - p))).toContain('z = [5, 2, −1, 3], true class 1');
  });
  it('z − y instead of softmax(z) − y fails the confident case', async () => {
    expect(await failedCases(GRADIENT, (z: number[], y: number[]) => z.map((v, j) => v - y[j]))).toContain('a confident, correct prediction');
  });
  it('a naive softmax fails only the large-logit case', async () => {
    expect(await failedCases(GRADIENT, (z: number[], y: number[]) => naive(z).map((p, j) => p - y[j]))).toEqual(['large logits, wrong class']);
  });
  it('using only the index of the true class fails the soft labels', async () => {
    const oneHotOnly = (z: number[], y: number[]) => softmax(z).map((p, j) => p - (j === y.indexOf(Math.max(...y)) ? 1 : 0));
    expect(await failedCases(GRADIENT, oneHotOnly)).toEqual(['soft labels y = [0.7, 0.2, 0.1]']);
  });
});

describe('stable-softmax: common mistakes and the live figure', () => {
  it('subtracting min(z) instead of max(z) fails the far-apart case only', async () => {
    const minShift = (z: number[]) => naive(z.map((v) => v - Math.min(...z)));
    expect(await failedCases(SOFTMAX, minShift)).toEqual(['logits far apart [−500, 500]']);
  });

  it("with the reference the reader's curve is the engine's at every factor", () => {
    const outcome = runDemo(demo, softmax, engine);
    expect(outcome.error).toBeUndefined();
    const [ours, reader] = outcome.figure!.data as { y: (number | null)[] }[];
    expect(reader.y).toHaveLength(FACTORS.length);
    reader.y.forEach((p, i) => expect(Math.abs((p as number) - (ours.y[i] as number))).toBeLessThan(1e-12));
    expect(outcome.figure!.caption).toMatch(/stays finite/);
  });

  it('a naive softmax breaks for the large factors, where 5·factor passes 709', () => {
    const outcome = runDemo(demo, naive, engine);
    const broken = FACTORS.filter((k) => 5 * k > 709.78).length;
    expect(broken).toBeGreaterThan(0);
    expect(outcome.figure!.caption).toContain(`for ${broken} of the ${FACTORS.length} factors`);
  });
});
