/**
 * Every hint of the exercises of chapters 1-5 names a common mistake ("Did you …?"). Each test below writes that
 * mistake as a reader would and checks that the case whose hint names it fails. (Mistakes tested in
 * exercises-mistakes.test.ts are not repeated here.)
 */
import { describe, expect, it } from 'vitest';
import type { Rng } from '@engine';
import { loadExercise } from '../../src/exercises/catalog';
import { runCases } from '../../src/exercises/run-cases';
import type { ExerciseFunction } from '../../src/exercises/spec';
import { localText } from '../../src/i18n/locales';
import { randomMiniBatches } from '../../content/chapters/01-mini-batch-gradient-descent/exercises/random-mini-batches/solution';
import { learningRate, type DecaySchedule } from '../../content/chapters/04-learning-rate-decay/exercises/decay-schedules/solution';

async function failedCases(id: string, reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(id);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}

/** Every hint of the exercise, to check that each one asks about a mistake. */
async function hints(id: string): Promise<string[]> {
  return (await loadExercise(id)).spec.cases.map((c) => localText(c.hint, 'en'));
}

const EXERCISES = [
  '01-mini-batch-gradient-descent/exercises/random-mini-batches',
  '02-exponentially-weighted-averages/exercises/ewa-bias-correction',
  '03-momentum-rmsprop-adam/exercises/momentum-step',
  '03-momentum-rmsprop-adam/exercises/rmsprop-step',
  '03-momentum-rmsprop-adam/exercises/adam-step',
  '04-learning-rate-decay/exercises/decay-schedules',
  '05-local-optima-saddle-points/exercises/classify-critical-point',
  '05-local-optima-saddle-points/exercises/positive-definite',
];

it.each(EXERCISES)('every hint of %s names the mistake it detects', async (id) => {
  for (const hint of await hints(id)) expect(hint).toMatch(/^(Did you|Did your|Is your|Getting NaN\?)/);
});

describe('chapter 1: random mini-batches', () => {
  const ID = EXERCISES[0];
  type MB = { X: number[][]; Y: number[] }[];
  const slices = (X: number[][], Y: number[], order: number[], size: number, end = (s: number) => s + size): MB => {
    const out: MB = [];
    for (let s = 0; s < X.length; s += size) { const idx = order.slice(s, end(s)); out.push({ X: idx.map((i) => X[i]), Y: idx.map((i) => Y[i]) }); }
    return out;
  };
  it('no shuffle', async () => {
    const inOrder = (X: number[][], Y: number[], size: number) => slices(X, Y, X.map((_, i) => i), size);
    expect(await failedCases(ID, inOrder)).toContain('m = 8, batch size 4: two full mini-batches');
  });
  it('a new permutation for every mini-batch', async () => {
    const perBatch = (X: number[][], Y: number[], size: number, rng: Rng) => {
      const out: MB = [];
      for (let s = 0; s < X.length; s += size) { const idx = rng.permutation(X.length).slice(s, s + size); out.push({ X: idx.map((i) => X[i]), Y: idx.map((i) => Y[i]) }); }
      return out;
    };
    expect(await failedCases(ID, perBatch)).toContain('m = 8, batch size 4: two full mini-batches');
  });
  it('X and Y shuffled separately', async () => {
    const separate = (X: number[][], Y: number[], size: number, rng: Rng) => {
      const ox = rng.permutation(X.length), oy = rng.permutation(X.length);
      return slices(X, Y, ox, size).map((b, k) => ({ X: b.X, Y: oy.slice(k * size, k * size + size).map((i) => Y[i]) }));
    };
    expect(await failedCases(ID, separate)).toContain('m = 7, batch size 3: labels stay with their examples');
  });
  it('⌊m / batchSize⌋ mini-batches', async () => {
    const floorCount = (X: number[][], Y: number[], size: number, rng: Rng) => randomMiniBatches(X, Y, size, rng).slice(0, Math.floor(X.length / size));
    expect(await failedCases(ID, floorCount)).toContain('batch size larger than m: one mini-batch (batch gradient descent)');
  });
  it('slices one example short', async () => {
    const short = (X: number[][], Y: number[], size: number, rng: Rng) => slices(X, Y, rng.permutation(X.length), size, (s) => s + size - 1);
    expect(await failedCases(ID, short)).toContain('batch size 1: one example per mini-batch (stochastic gradient descent)');
  });
});

describe('chapter 2: EWA with bias correction', () => {
  const ID = EXERCISES[1];
  const ewaWith = (update: (v: number, x: number, beta: number) => number, correctedValue: (v: number, beta: number, t: number, correct: boolean) => number, storeCorrected = false) =>
    (theta: number[], beta: number, correct: boolean) => {
      let v = 0;
      return theta.map((x, i) => {
        v = update(v, x, beta);
        const out = correctedValue(v, beta, i + 1, correct);
        if (storeCorrected) v = out;
        return out;
      });
    };
  const right = (v: number, x: number, beta: number) => beta * v + (1 - beta) * x;
  const corrected = (v: number, beta: number, t: number, correct: boolean) => (correct ? v / (1 - beta ** t) : v);
  it('β and 1 − β swapped', async () => {
    expect(await failedCases(ID, ewaWith((v, x, b) => (1 - b) * v + b * x, corrected))).toContain('β = 0.9 without bias correction');
  });
  it('the corrected value stored in v', async () => {
    expect(await failedCases(ID, ewaWith(right, corrected, true))).toContain('β = 0.9 with bias correction');
  });
  it('β·t instead of β^t', async () => {
    expect(await failedCases(ID, ewaWith(right, (v, b, t, c) => (c ? v / (1 - b * t) : v)))).toContain('β = 0.999 with bias correction');
  });
  it('correcting with biasCorrection false', async () => {
    expect(await failedCases(ID, ewaWith(right, (v, b, t) => v / (1 - b ** t)))).toContain('β = 0.98 without bias correction: the average starts near zero');
  });
  it('dividing by β^t instead of 1 − β^t', async () => {
    expect(await failedCases(ID, ewaWith(right, (v, b, t, c) => (c ? v / b ** t : v)))).toContain('β = 0: no averaging at all');
  });
});

describe('chapter 3: momentum, RMSprop and Adam steps', () => {
  const [MOMENTUM, RMSPROP, ADAM] = [EXERCISES[2], EXERCISES[3], EXERCISES[4]];
  it('momentum that steps with the old v', async () => {
    const oldV = (w: number[], dw: number[], v: number[], alpha: number, beta: number) =>
      ({ w: w.map((wi, i) => wi - alpha * v[i]), v: v.map((vi, i) => beta * vi + (1 - beta) * dw[i]) });
    expect(await failedCases(MOMENTUM, oldV)).toContain('first step from v = 0');
  });
  it('momentum with β and 1 − β swapped', async () => {
    const swapped = (w: number[], dw: number[], v: number[], alpha: number, beta: number) => {
      const vNew = v.map((vi, i) => (1 - beta) * vi + beta * dw[i]);
      return { w: w.map((wi, i) => wi - alpha * vNew[i]), v: vNew };
    };
    expect(await failedCases(MOMENTUM, swapped)).toContain('a later step with a velocity already built up');
  });
  it('momentum without α', async () => {
    const noAlpha = (w: number[], dw: number[], v: number[], _alpha: number, beta: number) => {
      const vNew = v.map((vi, i) => beta * vi + (1 - beta) * dw[i]);
      return { w: w.map((wi, i) => wi - vNew[i]), v: vNew };
    };
    expect(await failedCases(MOMENTUM, noAlpha)).toContain('β = 0 is plain gradient descent');
  });

  const rms = (opts: { oldS?: boolean; absGrad?: boolean; noEpsilon?: boolean; swapped?: boolean }) =>
    (w: number[], dw: number[], s: number[], alpha: number, beta2: number, epsilon: number) => {
      const sNew = s.map((si, i) => (opts.swapped ? (1 - beta2) * si + beta2 * dw[i] ** 2 : beta2 * si + (1 - beta2) * dw[i] ** 2));
      const scale = (i: number) => (opts.absGrad ? Math.abs(dw[i]) : Math.sqrt(opts.oldS ? s[i] : sNew[i])) + (opts.noEpsilon ? 0 : epsilon);
      return { w: w.map((wi, i) => wi - (alpha * dw[i]) / scale(i)), s: sNew };
    };
  it('RMSprop dividing by the old S', async () => {
    expect(await failedCases(RMSPROP, rms({ oldS: true }))).toContain('first step from S = 0');
  });
  it('RMSprop dividing by |dW|', async () => {
    expect(await failedCases(RMSPROP, rms({ absGrad: true }))).toContain('a later step with S already built up');
  });
  it('RMSprop without ε (NaN)', async () => {
    expect(await failedCases(RMSPROP, rms({ noEpsilon: true }))).toContain('a zero gradient while S is still 0');
  });
  it('RMSprop with β₂ and 1 − β₂ swapped', async () => {
    expect(await failedCases(RMSPROP, rms({ swapped: true }))).toContain('β₂ = 0.999');
  });

  type State = { v: number[]; s: number[]; t: number };
  type HP = { alpha: number; beta1: number; beta2: number; epsilon: number };
  const adamWith = (opts: { returnOldT?: boolean; warmUp?: number; epsilonInside?: boolean; noEpsilon?: boolean }) =>
    (w: number[], dw: number[], st: State, hp: HP) => {
      const t = st.t + 1;
      const v = st.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
      const s = st.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] ** 2);
      const correct = opts.warmUp === undefined || t <= opts.warmUp;
      const vHat = (i: number) => (correct ? v[i] / (1 - hp.beta1 ** t) : v[i]);
      const sHat = (i: number) => (correct ? s[i] / (1 - hp.beta2 ** t) : s[i]);
      const denominator = (i: number) => (opts.epsilonInside ? Math.sqrt(sHat(i) + hp.epsilon) : Math.sqrt(sHat(i)) + (opts.noEpsilon ? 0 : hp.epsilon));
      return { w: w.map((wi, i) => wi - (hp.alpha * vHat(i)) / denominator(i)), v, s, t: opts.returnOldT ? st.t : t };
    };
  it('Adam returning the old t', async () => {
    expect(await failedCases(ADAM, adamWith({ returnOldT: true }))).toContain('the returned t counts updates');
  });
  it('Adam that stops correcting after a warm-up', async () => {
    expect(await failedCases(ADAM, adamWith({ warmUp: 100 }))).toContain('a late update (t = 1000): corrections nearly gone for v, not for S');
  });
  it('Adam with ε inside the square root', async () => {
    expect(await failedCases(ADAM, adamWith({ epsilonInside: true }))).toContain('tiny gradients: where ε goes');
  });
  it('Adam without ε (NaN)', async () => {
    expect(await failedCases(ADAM, adamWith({ noEpsilon: true }))).toContain('a zero gradient in one coordinate');
  });
});

describe('chapter 4: decay schedules', () => {
  const ID = EXERCISES[5];
  const except = (kind: DecaySchedule['kind'], wrong: (s: DecaySchedule, e: number) => number) =>
    (s: DecaySchedule, e: number) => (s.kind === kind ? wrong(s, e) : learningRate(s, e));
  it('no "1 +" in the inverse-time decay', async () => {
    const no1 = except('inverseTime', (s, e) => (s.kind === 'inverseTime' ? s.alpha0 / (s.decayRate * e) : NaN));
    expect(await failedCases(ID, no1)).toContain('α₀ / (1 + decay_rate · epochNum), α₀ = 0.2, epochNum 3 (the lecture\'s epoch_num 3)');
  });
  it('epochs counted from 1, as the lecture does', async () => {
    const oneBased = (s: DecaySchedule, e: number) => learningRate(s, e + 1);
    const failed = await failedCases(ID, oneBased);
    expect(failed).toContain('the first epoch (epochNum 0) trains at α₀');
    expect(failed).toContain('every schedule starts at α₀ (epoch 0)');
  });
  it('base · epochNum instead of base^epochNum', async () => {
    const times = except('exponential', (s, e) => (s.kind === 'exponential' ? s.base * e * s.alpha0 : NaN));
    expect(await failedCases(ID, times)).toContain('exponential decay 0.95^epochNum, epoch 10');
  });
  it('t = epochNum in k/√t (Infinity at the first epoch)', async () => {
    const tFromZero = except('inverseSqrt', (s, e) => (s.kind === 'inverseSqrt' ? (s.k / Math.sqrt(e)) * s.alpha0 : NaN));
    expect(await failedCases(ID, tFromZero)).toContain('k/√t at the first epoch (t = 1)');
  });
  it('k/√t without k', async () => {
    const noK = except('inverseSqrt', (s, e) => s.alpha0 / Math.sqrt(e + 1));
    expect(await failedCases(ID, noK)).toContain('k/√t, k = 2, epoch 8');
  });
  it('fixed intervals without Math.floor', async () => {
    const noFloor = except('fixedInterval', (s, e) => (s.kind === 'fixedInterval' ? s.alpha0 / (1 + s.decayRate * (e / s.interval)) : NaN));
    expect(await failedCases(ID, noFloor)).toContain('fixed intervals: the last epoch before the first drop');
  });
  it('fixed intervals rounded up', async () => {
    const ceil = except('fixedInterval', (s, e) => (s.kind === 'fixedInterval' ? s.alpha0 / (1 + s.decayRate * Math.ceil((e + 1) / s.interval)) : NaN));
    expect(await failedCases(ID, ceil)).toContain('fixed intervals: exactly at a drop');
  });
});

describe('chapter 5: critical points and positive definiteness', () => {
  const [CLASSIFY, PD] = [EXERCISES[6], EXERCISES[7]];
  const eigen = (H: number[][]) => {
    const [[a, b], [, d]] = H, mean = (a + d) / 2, radius = Math.sqrt(((a - d) / 2) ** 2 + b * b);
    return [mean + radius, mean - radius];
  };
  it('minimum and maximum swapped', async () => {
    const swapped = (H: number[][]) => { const [hi, lo] = eigen(H); return lo > 0 ? 'maximum' : hi < 0 ? 'minimum' : lo < 0 && hi > 0 ? 'saddle' : 'flat'; };
    expect(await failedCases(CLASSIFY, swapped)).toContain('J = w₁² + w₂²');
  });
  it('only one eigenvalue looked at', async () => {
    const oneOnly = (H: number[][]) => (eigen(H)[0] > 0 ? 'minimum' : eigen(H)[0] < 0 ? 'maximum' : 'flat');
    expect(await failedCases(CLASSIFY, oneOnly)).toContain('J = w₁² − w₂², the classic saddle');
  });
  it('judged by the diagonal', async () => {
    const byDiagonal = (H: number[][]) => (H[0][0] > 0 && H[1][1] > 0 ? 'minimum' : H[0][0] < 0 && H[1][1] < 0 ? 'maximum' : 'saddle');
    expect(await failedCases(CLASSIFY, byDiagonal)).toContain('both axes curve up, yet a saddle: [[1, 2], [2, 1]]');
  });
  it('any negative eigenvalue called a saddle', async () => {
    const anyNegative = (H: number[][]) => { const [hi, lo] = eigen(H); return lo > 0 ? 'minimum' : lo < 0 ? 'saddle' : hi === 0 ? 'flat' : 'flat'; };
    expect(await failedCases(CLASSIFY, anyNegative)).toContain('a maximum with coupling: [[−2, 0.5], [0.5, −1]]');
  });
  it('λ ≥ 0 taken for a minimum', async () => {
    const atLeastZero = (H: number[][]) => { const [hi, lo] = eigen(H); return lo >= 0 ? 'minimum' : hi <= 0 ? 'maximum' : 'saddle'; };
    expect(await failedCases(CLASSIFY, atLeastZero)).toContain('a flat direction: [[1, 1], [1, 1]]');
  });
  it('every coupled matrix called a saddle', async () => {
    const coupledSaddle = (H: number[][]) => { if (H[0][1] !== 0) return 'saddle'; const [hi, lo] = eigen(H); return lo > 0 ? 'minimum' : hi < 0 ? 'maximum' : lo < 0 && hi > 0 ? 'saddle' : 'flat'; };
    expect(await failedCases(CLASSIFY, coupledSaddle)).toContain('a minimum with coupling: [[3, 1], [1, 2]]');
  });

  /** Cholesky with switchable mistakes. */
  const cholesky = (opts: { rejectOffDiagonal?: boolean; strict?: boolean; noSubtract?: boolean; skipLast?: boolean; nonzero?: boolean; assumeTwo?: boolean }) => (H: number[][]) => {
    if (opts.assumeTwo && H[1][1] === undefined) return false;
    const n = H.length;
    if (opts.rejectOffDiagonal && H.some((row, i) => row.some((v, j) => i !== j && v !== 0))) return false;
    const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let j = 0; j < (opts.skipLast ? n - 1 : n); j++) {
      let d = H[j][j];
      if (!opts.noSubtract) for (let k = 0; k < j; k++) d -= L[j][k] ** 2;
      if (opts.strict ? d < 0 : opts.nonzero ? d === 0 : !(d > 0)) return false;
      L[j][j] = Math.sqrt(Math.abs(d));
      for (let i = j + 1; i < n; i++) {
        let sum = H[i][j];
        if (!opts.noSubtract) for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
        L[i][j] = sum / L[j][j];
      }
    }
    return true;
  };
  it('every nonzero off-diagonal rejected', async () => {
    expect(await failedCases(PD, cholesky({ rejectOffDiagonal: true }))).toContain('a bowl: [[2, 0.5], [0.5, 1]]');
  });
  it('d < 0 instead of d ≤ 0', async () => {
    expect(await failedCases(PD, cholesky({ strict: true }))).toContain('a flat direction: [[1, 1], [1, 1]]');
  });
  it('earlier columns not subtracted', async () => {
    expect(await failedCases(PD, cholesky({ noSubtract: true }))).toContain('positive diagonal, but a saddle: [[1, 2], [2, 1]]');
  });
  it('every entry required to be positive', async () => {
    const allPositive = (H: number[][]) => H.every((row) => row.every((v) => v > 0)) && cholesky({})(H);
    expect(await failedCases(PD, allPositive)).toContain('a 3 × 3 positive definite matrix');
  });
  it('the last pivot never checked', async () => {
    expect(await failedCases(PD, cholesky({ skipLast: true }))).toContain('a 3 × 3 saddle whose first two pivots are positive');
  });
  it('only "pivot ≠ 0" tested', async () => {
    expect(await failedCases(PD, cholesky({ nonzero: true }))).toContain('a maximum: [[−2, 0], [0, −3]]');
  });
  it('code that assumes two rows', async () => {
    expect(await failedCases(PD, cholesky({ assumeTwo: true }))).toContain('one dimension: [[5]]');
  });
});
