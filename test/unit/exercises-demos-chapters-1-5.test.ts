/**
 * The live figures of the exercises of chapters 1, 2, 4 and 5 (demo.ts): driven by the reference solution each draws
 * the reader's curve on top of the reference, and driven by a typical wrong answer the two visibly part, with a
 * caption that says so. Every demo is found by the catalog and is plain, cloneable data.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import type { Rng } from '@engine';
import { loadDemo } from '../../src/exercises/catalog';
import { runDemo, type DemoFigure } from '../../src/exercises/demo';
import miniBatchDemo from '../../content/chapters/01-mini-batch-gradient-descent/exercises/random-mini-batches/demo';
import { randomMiniBatches } from '../../content/chapters/01-mini-batch-gradient-descent/exercises/random-mini-batches/solution';
import ewaDemo, { DAYS } from '../../content/chapters/02-exponentially-weighted-averages/exercises/ewa-bias-correction/demo';
import { ewa } from '../../content/chapters/02-exponentially-weighted-averages/exercises/ewa-bias-correction/solution';
import decayDemo, { EPOCHS } from '../../content/chapters/04-learning-rate-decay/exercises/decay-schedules/demo';
import { learningRate, type DecaySchedule } from '../../content/chapters/04-learning-rate-decay/exercises/decay-schedules/solution';
import criticalDemo, { CELLS } from '../../content/chapters/05-local-optima-saddle-points/exercises/classify-critical-point/demo';
import { classifyCriticalPoint } from '../../content/chapters/05-local-optima-saddle-points/exercises/classify-critical-point/solution';

type Line = { name: string; x: number[]; y: number[] };
const lines = (figure: DemoFigure) => figure.data as unknown as Line[];
const maxGap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

describe('live figures of the exercises of chapters 1-5', () => {
  it('each is found by the catalog', async () => {
    expect(await loadDemo('01-mini-batch-gradient-descent/exercises/random-mini-batches')).toBe(miniBatchDemo);
    expect(await loadDemo('02-exponentially-weighted-averages/exercises/ewa-bias-correction')).toBe(ewaDemo);
    expect(await loadDemo('04-learning-rate-decay/exercises/decay-schedules')).toBe(decayDemo);
    expect(await loadDemo('05-local-optima-saddle-points/exercises/classify-critical-point')).toBe(criticalDemo);
  });

  it('mini-batches: the solution trains exactly as the engine does; dropping the last batch does not', () => {
    const { figure } = runDemo(miniBatchDemo, randomMiniBatches, engine);
    const [ours, yours] = lines(figure!);
    expect(yours.y).toHaveLength(4 * 13); // ⌈400/32⌉ = 13 iterations per epoch
    expect(maxGap(yours.y, ours.y)).toBe(0);
    expect(figure!.caption).toContain('(the same batches, in the same order)');
    expect(structuredClone(figure)).toEqual(figure);
    const dropping = (X: number[][], Y: number[], size: number, rng: Rng) => randomMiniBatches(X, Y, size, rng).filter((b) => b.X.length === size);
    const wrong = runDemo(miniBatchDemo, dropping, engine).figure!;
    expect(lines(wrong)[1].y).toHaveLength(4 * 12);
    expect(wrong.caption).toContain('your split gave 48 iterations, the engine\'s 52');
  });

  it('EWA: the solution lies on the closed form; t counted from 0 in the correction does not', () => {
    const { figure } = runDemo(ewaDemo, ewa, engine);
    const [, refCorrected, yoursCorrected, refRaw, yoursRaw] = lines(figure!);
    expect(yoursCorrected.y).toHaveLength(DAYS);
    expect(maxGap(yoursCorrected.y, refCorrected.y)).toBeLessThan(1e-9);
    expect(maxGap(yoursRaw.y, refRaw.y)).toBeLessThan(1e-9);
    expect(refRaw.y[0]).toBeLessThan(refCorrected.y[0] / 10); // uncorrected starts near zero
    const offByOne = (theta: number[], beta: number, correct: boolean) => {
      let v = 0;
      return theta.map((x, t) => { v = beta * v + (1 - beta) * x; return correct ? v / (1 - beta ** Math.max(t, 1)) : v; });
    };
    const wrong = lines(runDemo(ewaDemo, offByOne, engine).figure!);
    expect(maxGap(wrong[2].y, wrong[1].y)).toBeGreaterThan(1);
  });

  it('decay: the solution draws the engine\'s four schedules; a 1-based count sits one epoch late', () => {
    const { figure } = runDemo(decayDemo, learningRate, engine);
    const traces = lines(figure!);
    expect(traces).toHaveLength(8);
    for (let k = 0; k < 8; k += 2) {
      expect(traces[k + 1].y).toHaveLength(EPOCHS + 1);
      expect(maxGap(traces[k + 1].y, traces[k].y)).toBeLessThan(1e-15);
    }
    expect(traces[0].y[0]).toBe(0.2); // epoch 0 trains at α0
    const oneBased = (s: DecaySchedule, epochNum: number) => learningRate(s, epochNum + 1);
    const wrong = lines(runDemo(decayDemo, oneBased, engine).figure!);
    expect(wrong[1].y[0]).toBeCloseTo(0.1, 12); // the lecture's first epoch: α0/2
    expect(runDemo(decayDemo, oneBased, engine).figure!.caption).toMatch(/never differ by more than 0\.10\./);
  });

  it('critical points: the solution agrees with the determinant test everywhere; judging by the diagonal does not', () => {
    const { figure } = runDemo(criticalDemo, classifyCriticalPoint, engine);
    expect(figure!.caption).toContain('every cell agrees');
    const map = figure!.data[0] as unknown as { z: number[][] };
    expect(map.z).toHaveLength(CELLS);
    // With H₁₁ = 1 there are no maxima: minima above the parabola, saddles below, flat cells on it.
    expect(new Set(map.z.flat())).toEqual(new Set([0, 1, 3]));
    const byDiagonal = (H: number[][]) => (H[0][0] > 0 && H[1][1] > 0 ? 'minimum' : H[0][0] < 0 && H[1][1] < 0 ? 'maximum' : 'saddle');
    const wrong = runDemo(criticalDemo, byDiagonal, engine).figure!;
    expect(wrong.caption).toMatch(/^.*: \d+ cells disagree with the determinant test\.$/);
  });
});
