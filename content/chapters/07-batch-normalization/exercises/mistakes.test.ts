/**
 * The batch-norm exercise catches the mistakes its hints name, and its live
 * figure follows the engine's batchNorm layer when the reader is right.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import { loadExercise } from '../../../../src/exercises/catalog';
import { runCases } from '../../../../src/exercises/run-cases';
import { runDemo } from '../../../../src/exercises/demo';
import type { ExerciseFunction } from '../../../../src/exercises/spec';
import demo, { BATCHES } from './batch-norm-forward/demo';
import { batchNormForward, type RunningStats } from './batch-norm-forward/solution';

const ID = '07-batch-normalization/exercises/batch-norm-forward';
async function failedCases(reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(ID);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}

/** The reference's z̃ with a different running-average rule. */
const withRunning = (update: (running: RunningStats, Z: number[][], momentum: number) => RunningStats) =>
  (Z: number[][], g: number[], b: number[], running: RunningStats, training: boolean, eps: number, momentum: number) => ({
    zTilde: batchNormForward(Z, g, b, running, training, eps, momentum).zTilde,
    running: training ? update(running, Z, momentum) : running,
  });
const columnStats = (Z: number[][]) => {
  const n = Z[0].length, m = Z.length;
  const mean = Array.from({ length: n }, (_, j) => Z.reduce((a, r) => a + r[j], 0) / m);
  const variance = mean.map((mu, j) => Z.reduce((a, r) => a + (r[j] - mu) ** 2, 0) / m);
  return { mean, variance };
};

describe('batch-norm-forward: common mistakes fail the case written for them', () => {
  it('running averages that never move fail the update case, not inference', async () => {
    const failed = await failedCases(withRunning((running) => running));
    expect(failed).toContain('training mode moves the running averages toward the batch');
    expect(failed).not.toContain('inference on a single example uses the running averages');
  });

  it('running averages replaced by the batch statistics fail the update case', async () => {
    expect(await failedCases(withRunning((_running, Z) => columnStats(Z)))).toContain('training mode moves the running averages toward the batch');
  });

  it('the weights of the average swapped (β on the batch) fail the update case', async () => {
    const swapped = withRunning((running, Z, momentum) => {
      const batch = columnStats(Z);
      return { mean: running.mean.map((r, j) => (1 - momentum) * r + momentum * batch.mean[j]), variance: running.variance.map((r, j) => (1 - momentum) * r + momentum * batch.variance[j]) };
    });
    expect(await failedCases(swapped)).toContain('training mode moves the running averages toward the batch');
  });

  it('normalizing with the running averages in training mode fails the case that ignores them', async () => {
    const alwaysRunning = (Z: number[][], g: number[], b: number[], running: RunningStats, _training: boolean, eps: number, momentum: number) =>
      batchNormForward(Z, g, b, running, false, eps, momentum);
    expect(await failedCases(alwaysRunning)).toContain('training mode ignores the running averages');
  });

  it('ε outside the square root fails the constant-unit case', async () => {
    const epsOutside = (Z: number[][], g: number[], b: number[], running: RunningStats, training: boolean, eps: number, momentum: number) => {
      const stats = training ? columnStats(Z) : running;
      return {
        zTilde: Z.map((row) => row.map((z, j) => g[j] * (z - stats.mean[j]) / (Math.sqrt(stats.variance[j]) + eps) + b[j])),
        running: batchNormForward(Z, g, b, running, training, eps, momentum).running,
      };
    };
    expect(await failedCases(epsOutside)).toContain('γ = √(σ² + ε), β = μ gives z back');
  });
});

describe("batch-norm-forward's live figure", () => {
  it("with the reference, the reader's running mean is the engine's layer's, step by step", () => {
    const outcome = runDemo(demo, batchNormForward, engine);
    expect(outcome.error).toBeUndefined();
    const [, ours, reader] = outcome.figure!.data as { y: number[] }[];
    expect(reader.y).toHaveLength(BATCHES);
    reader.y.forEach((v, t) => expect(Math.abs(v - ours.y[t])).toBeLessThan(1e-12));
    // From a start at 0 without bias correction, the first running mean is a tenth of the first batch's.
    expect(ours.y[0]).toBeCloseTo(0.1 * (outcome.figure!.data[0] as { y: number[] }).y[0], 12);
    expect(outcome.figure!.caption).toMatch(/same, up to rounding/);
  });

  it('running averages that never move stay at 0 in the figure', () => {
    const frozen = withRunning((running) => running);
    const [, , reader] = runDemo(demo, frozen, engine).figure!.data as { y: number[] }[];
    expect(reader.y.every((v) => v === 0)).toBe(true);
  });
});
