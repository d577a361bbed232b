/**
 * The cases catch the mistakes the course warns about, and the right case
 * fails with its hint: each wrong implementation below is what a reader might
 * write, and the test names the case that must catch it.
 */
import { describe, expect, it } from 'vitest';
import { loadExercise } from '../../src/exercises/catalog';
import { runCases } from '../../src/exercises/run-cases';
import type { ExerciseFunction } from '../../src/exercises/spec';
import type { Rng } from '@engine';

async function failedCases(id: string, reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(id);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}

const softmaxNaive = (z: number[]) => {
  const t = z.map(Math.exp);
  const sum = t.reduce((a, b) => a + b, 0);
  return t.map((ti) => ti / sum);
};

describe('common mistakes fail the case written for them', () => {
  it('Adam that multiplies by 1 − β^t fails the bias-correction cases', async () => {
    const multiplying = (w: number[], dw: number[], st: { v: number[]; s: number[]; t: number }, hp: { alpha: number; beta1: number; beta2: number; epsilon: number }) => {
      const t = st.t + 1;
      const v = st.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
      const s = st.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] ** 2);
      return { w: w.map((wi, i) => wi - hp.alpha * (v[i] * (1 - hp.beta1 ** t)) / (Math.sqrt(s[i] * (1 - hp.beta2 ** t)) + hp.epsilon)), v, s, t };
    };
    expect(await failedCases('03-momentum-rmsprop-adam/exercises/adam-step', multiplying)).toContain('bias correction divides (β₂ = 0.999, t = 3)');
  });

  it('Adam that uses t before counting the update fails the t = 1 case', async () => {
    const lateCount = (w: number[], dw: number[], st: { v: number[]; s: number[]; t: number }, hp: { alpha: number; beta1: number; beta2: number; epsilon: number }) => {
      const v = st.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
      const s = st.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] ** 2);
      const t = Math.max(st.t, 1e-12); // t = 0 on the first step: 1 − β⁰ = 0
      return { w: w.map((wi, i) => wi - hp.alpha * (v[i] / (1 - hp.beta1 ** t)) / (Math.sqrt(s[i] / (1 - hp.beta2 ** t)) + hp.epsilon)), v, s, t: st.t + 1 };
    };
    expect(await failedCases('03-momentum-rmsprop-adam/exercises/adam-step', lateCount)).toContain('first update (t becomes 1)');
  });

  it('RMSprop with ε inside the square root fails the tiny-gradient case only', async () => {
    const epsilonInside = (w: number[], dw: number[], s: number[], alpha: number, beta2: number, epsilon: number) => {
      const sNew = s.map((si, i) => beta2 * si + (1 - beta2) * dw[i] ** 2);
      return { w: w.map((wi, i) => wi - (alpha * dw[i]) / Math.sqrt(sNew[i] + epsilon)), s: sNew };
    };
    expect(await failedCases('03-momentum-rmsprop-adam/exercises/rmsprop-step', epsilonInside)).toEqual(['tiny gradients: where ε goes']);
  });

  it('momentum without the (1 − β) factor fails', async () => {
    const unscaled = (w: number[], dw: number[], v: number[], alpha: number, beta: number) => {
      const vNew = v.map((vi, i) => beta * vi + dw[i]);
      return { w: w.map((wi, i) => wi - alpha * vNew[i]), v: vNew };
    };
    expect(await failedCases('03-momentum-rmsprop-adam/exercises/momentum-step', unscaled)).toContain('β = 0.99: a long memory');
  });

  it('mini-batches that drop the last partial batch fail the "last mini-batch smaller" cases only', async () => {
    const dropping = (X: number[][], Y: number[], batchSize: number, rng: Rng) => {
      const order = rng.permutation(X.length);
      const batches = [];
      for (let start = 0; start + batchSize <= X.length; start += batchSize) {
        const idx = order.slice(start, start + batchSize);
        batches.push({ X: idx.map((i) => X[i]), Y: idx.map((i) => Y[i]) });
      }
      return batches;
    };
    const failed = await failedCases('01-mini-batch-gradient-descent/exercises/random-mini-batches', dropping);
    expect(failed).toContain('m = 10, batch size 4: the last mini-batch has 2 examples');
    expect(failed).toContain('m = 7, batch size 3: labels stay with their examples');
    expect(failed).not.toContain('m = 8, batch size 4: two full mini-batches');
  });

  it('a bias correction with t counted from 0 fails the t = 1 case', async () => {
    const offByOne = (theta: number[], beta: number, correct: boolean) => {
      let v = 0;
      return theta.map((x, t) => {
        v = beta * v + (1 - beta) * x;
        return correct ? v / (1 - beta ** Math.max(t, 1e-9)) : v;
      });
    };
    expect(await failedCases('02-exponentially-weighted-averages/exercises/ewa-bias-correction', offByOne)).toContain('one value, with bias correction (t = 1)');
  });

  it('a naive softmax fails exactly the large-logit cases', async () => {
    expect(await failedCases('08-softmax-regression/exercises/stable-softmax', softmaxNaive)).toEqual([
      'large logits [1000, 1001, 1002]',
      'very negative logits [−1000, −1001, −999]',
    ]);
  });

  it('batch norm with the m − 1 variance fails the training cases, not inference', async () => {
    const unbiased = (Z: number[][], g: number[], b: number[], running: { mean: number[]; variance: number[] }, training: boolean, eps: number) => ({
      zTilde: Z.map((row) => row.map((z, j) => {
        const col = Z.map((r) => r[j]);
        const mu = training ? col.reduce((a, c) => a + c, 0) / col.length : running.mean[j];
        const s2 = training ? col.reduce((a, c) => a + (c - mu) ** 2, 0) / (col.length - 1) : running.variance[j];
        return g[j] * (z - mu) / Math.sqrt(s2 + eps) + b[j];
      })),
      running, // (the running-average update is checked by the chapter's own mistakes test)
    });
    const failed = await failedCases('07-batch-normalization/exercises/batch-norm-forward', unbiased);
    expect(failed).toContain('training mode, γ = 1 and β = 0');
    expect(failed).not.toContain('inference on a single example uses the running averages');
  });

  it('a one-sided difference fails the θ³ case', async () => {
    const oneSided = (J: (t: number[]) => number, theta: number[], eps: number) =>
      theta.map((_, i) => {
        const plus = [...theta];
        plus[i] += eps;
        return (J(plus) - J(theta)) / eps;
      });
    expect(await failedCases('09-deep-learning-frameworks/exercises/numeric-gradient', oneSided)).toContain('J(θ) = θ³ at θ = 2 with ε = 10⁻³: two-sided, not one-sided');
  });

  it('judging positive definiteness by the diagonal fails the saddle with a positive diagonal', async () => {
    const diagonal = (H: number[][]) => H.every((row, i) => row[i] > 0);
    expect(await failedCases('05-local-optima-saddle-points/exercises/positive-definite', diagonal)).toContain('positive diagonal, but a saddle: [[1, 2], [2, 1]]');
  });
});
