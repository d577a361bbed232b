/**
 * The chapter's exercises catch the mistakes their hints name: each wrong
 * implementation below is what a reader might write, and the test names the
 * case that must catch it.
 */
import { describe, expect, it } from 'vitest';
import { constant, minimize, variable } from '@engine';
import { loadExercise } from '../../../../src/exercises/catalog';
import { runCases } from '../../../../src/exercises/run-cases';
import type { ExerciseFunction } from '../../../../src/exercises/spec';
import { fitLine } from './fit-line/solution';

async function failedCases(id: string, reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(id);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}
const FIT_LINE = '09-deep-learning-frameworks/exercises/fit-line';

describe('fit-line: common mistakes fail the case written for them', () => {
  it('the sum instead of the mean fails every case, and diverges on 8 points', async () => {
    const summing = (xs: number[], ys: number[], learningRate: number, steps: number) => {
      const x = constant(xs), y = constant(ys), w = variable(0), b = variable(0);
      minimize(() => w.mul(x).add(b).sub(y).pow(2).sum(), [w, b], { learningRate, steps });
      return [w.item(), b.item()];
    };
    const failed = await failedCases(FIT_LINE, summing);
    expect(failed).toContain('one step from w = b = 0 on y = 2x + 1');
    expect(failed).toContain('ten steps: the mean, not the sum (m = 8 points)');
    // The hint's numbers: the right first step is (0.85, 0.4), the summing one 4 times that.
    expect(fitLine([0, 1, 2, 3], [1, 3, 5, 7], 0.05, 1).map((v) => +v.toFixed(12))).toEqual([0.85, 0.4]);
    expect(summing([0, 1, 2, 3], [1, 3, 5, 7], 0.05, 1).map((v) => +v.toFixed(12))).toEqual([3.4, 1.6]);
    const [w8] = summing([-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2], [-2.1, -1.4, -0.4, 0.2, 1.1, 1.4, 2.6, 3.1], 0.1, 10);
    expect(Math.abs(w8)).toBeGreaterThan(10);
  });

  it('leaving b out of minimize fails the first step and the intercept case', async () => {
    const bForgotten = (xs: number[], ys: number[], learningRate: number, steps: number) => {
      const x = constant(xs), y = constant(ys), w = variable(0), b = variable(0);
      minimize(() => w.mul(x).add(b).sub(y).pow(2).mean(), [w], { learningRate, steps });
      return [w.item(), b.item()];
    };
    const failed = await failedCases(FIT_LINE, bForgotten);
    expect(failed).toContain('one step from w = b = 0 on y = 2x + 1');
    expect(failed).toContain('b takes part: data far from the origin, y = −x + 10');
  });

  it('an absolute error instead of the square fails the least-squares case', async () => {
    const absolute = (xs: number[], ys: number[], learningRate: number, steps: number) => {
      const x = constant(xs), y = constant(ys), w = variable(0), b = variable(0);
      minimize(() => { const e = w.mul(x).add(b).sub(y); return e.mul(e).pow(0.5).mean(); }, [w, b], { learningRate, steps });
      return [w.item(), b.item()];
    };
    expect(await failedCases(FIT_LINE, absolute)).toContain('many steps reach the least-squares line');
  });

  it('the least-squares numbers in the hint are the solution\'s', () => {
    const [w, b] = fitLine([1, 2, 3, 4, 5], [2.2, 2.8, 4.5, 3.7, 5.5], 0.02, 2000);
    expect(w).toBeCloseTo(0.75, 2);
    expect(b).toBeCloseTo(1.49, 2);
  });
});

describe('numeric-gradient: common mistakes fail the case written for them', () => {
  const ID = '09-deep-learning-frameworks/exercises/numeric-gradient';
  it('dividing by ε instead of 2ε fails the first case (−8 for −4)', async () => {
    const halfDenominator = (J: (t: number[]) => number, theta: number[], eps: number) =>
      theta.map((_, i) => {
        const plus = [...theta], minus = [...theta];
        plus[i] += eps; minus[i] -= eps;
        return (J(plus) - J(minus)) / eps;
      });
    expect(await failedCases(ID, halfDenominator)).toContain('J(w) = w² − 10w + 25 at w = 3');
    expect(halfDenominator((t) => t[0] ** 2 - 10 * t[0] + 25, [3], 1e-4)[0]).toBeCloseTo(-8, 6);
  });

  it('nudging θ in place without putting it back fails the interacting-parameters case', async () => {
    const inPlace = (J: (t: number[]) => number, theta: number[], eps: number) =>
      theta.map((_, i) => {
        theta[i] += eps;
        const plus = J(theta);
        theta[i] -= 2 * eps;
        const minus = J(theta);
        return (plus - minus) / (2 * eps); // θᵢ is left at θᵢ − ε
      });
    expect(await failedCases(ID, inPlace)).toContain('three parameters that interact');
  });
});
