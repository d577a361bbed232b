/**
 * The chapter's exercises catch the mistakes their hints name, and sample each
 * hyperparameter on the scale the chapter prescribes.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import type { Rng } from '@engine';
import { loadExercise } from '../../../../src/exercises/catalog';
import { runCases } from '../../../../src/exercises/run-cases';
import { runDemo } from '../../../../src/exercises/demo';
import type { ExerciseFunction } from '../../../../src/exercises/spec';
import spec from './log-scale-alpha/cases';
import demo, { SAMPLES } from './log-scale-alpha/demo';
import { sampleHyperparameter, type SamplingScale } from './log-scale-alpha/solution';

async function failedCases(id: string, reader: ExerciseFunction): Promise<string[]> {
  const { spec, reference } = await loadExercise(id);
  return runCases(spec, reader, reference).filter((r) => !r.passed).map((r) => r.name);
}
const SAMPLER = '06-hyperparameter-tuning/exercises/log-scale-alpha';
const BETA = '06-hyperparameter-tuning/exercises/log-scale-beta';
const logUniform = (low: number, high: number, u: number) => 10 ** (Math.log10(low) + (Math.log10(high) - Math.log10(low)) * u);

describe('sampling on the right scale', () => {
  it('counts (hidden units, layers) are sampled as whole numbers, uniformly, never on a log scale', () => {
    const countCases = spec.cases.filter((c) => /hidden units|layers/.test(c.name));
    expect(countCases.length).toBeGreaterThanOrEqual(2);
    for (const c of countCases) {
      const [low, high, n, scale] = c.args();
      expect(scale, c.name).toBe('integer');
      for (const v of sampleHyperparameter(low, high, n, scale, c.args()[4])) {
        expect(Number.isInteger(v), `${c.name}: ${v}`).toBe(true);
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(high);
      }
      expect(n).toBeGreaterThan(0);
    }
    // Uniform over whole numbers: each of 2, 3, 4 layers about a third of the time.
    const layers = sampleHyperparameter(2, 4, 3000, 'integer', new engine.Rng(1));
    for (const k of [2, 3, 4]) expect(Math.abs(layers.filter((v) => v === k).length / 3000 - 1 / 3)).toBeLessThan(0.03);
  });

  it('sampling α uniformly fails the log cases', async () => {
    const uniform = (low: number, high: number, n: number, scale: SamplingScale, rng: Rng) =>
      Array.from({ length: n }, () => (scale === 'integer' ? low + Math.floor((high - low + 1) * rng.uniform()) : low + (high - low) * rng.uniform()));
    expect(await failedCases(SAMPLER, uniform)).toEqual(['α from 10⁻⁴ to 1 on a log scale, ten samples', 'a log range that is not whole decades: 0.003 to 0.2']);
  });

  it('rounded exponents fail only the range that is not whole decades', async () => {
    const rounded = (low: number, high: number, n: number, scale: SamplingScale, rng: Rng) =>
      Array.from({ length: n }, () => (scale === 'integer' ? low + Math.floor((high - low + 1) * rng.uniform()) : logUniform(10 ** Math.round(Math.log10(low)), 10 ** Math.round(Math.log10(high)), rng.uniform())));
    expect(await failedCases(SAMPLER, rounded)).toEqual(['a log range that is not whole decades: 0.003 to 0.2']);
  });

  it('hidden units on a log scale, or without the floor, fail the hidden-units case', async () => {
    const logEverywhere = (low: number, high: number, n: number, _scale: SamplingScale, rng: Rng) => Array.from({ length: n }, () => logUniform(low, high, rng.uniform()));
    expect(await failedCases(SAMPLER, logEverywhere)).toContain('hidden units from 50 to 100: whole numbers, uniform');
    const noFloor = (low: number, high: number, n: number, scale: SamplingScale, rng: Rng) =>
      Array.from({ length: n }, () => (scale === 'integer' ? low + (high - low + 1) * rng.uniform() : logUniform(low, high, rng.uniform())));
    expect(await failedCases(SAMPLER, noFloor)).toContain('hidden units from 50 to 100: whole numbers, uniform');
  });

  it('an exclusive upper bound fails the layers case', async () => {
    const exclusive = (low: number, high: number, n: number, scale: SamplingScale, rng: Rng) =>
      Array.from({ length: n }, () => (scale === 'integer' ? low + Math.floor((high - low) * rng.uniform()) : logUniform(low, high, rng.uniform())));
    const failed = await failedCases(SAMPLER, exclusive);
    expect(failed).toContain('layers from 2 to 4: 4 itself must be possible');
    expect(sampleHyperparameter(2, 4, 12, 'integer', new engine.Rng(3))).toContain(4);
  });

  it('β sampled uniformly, or with the exponents swapped, fails the β cases', async () => {
    const uniformBeta = (low: number, high: number, n: number, rng: Rng) => Array.from({ length: n }, () => low + (high - low) * rng.uniform());
    expect(await failedCases(BETA, uniformBeta)).toContain('β from 0.9 to 0.999, eight samples');
    const swapped = (low: number, high: number, n: number, rng: Rng) => {
      const a = Math.log10(1 - low), b = Math.log10(1 - high);
      return Array.from({ length: n }, () => 1 - 10 ** (a + (b - a) * rng.uniform()));
    };
    expect(await failedCases(BETA, swapped)).toContain('β from 0.99 to 0.9999');
  });
});

describe("the sampler's live figure", () => {
  it('with the reference, 2,000 log-scale samples fill the four decades about equally', () => {
    const outcome = runDemo(demo, sampleHyperparameter, engine);
    expect(outcome.error).toBeUndefined();
    const bars = (outcome.figure!.data[0] as { y: number[] }).y;
    expect(bars.reduce((a, b) => a + b, 0)).toBe(SAMPLES);
    for (const count of bars) expect(Math.abs(count - SAMPLES / 4)).toBeLessThan(0.1 * SAMPLES / 4);
  });

  it('a uniform sampler piles its samples into the top decade', () => {
    const uniform = (low: number, high: number, n: number, _scale: SamplingScale, rng: Rng) => Array.from({ length: n }, () => low + (high - low) * rng.uniform());
    const bars = (runDemo(demo, uniform, engine).figure!.data[0] as { y: number[] }).y;
    expect(bars[3] / SAMPLES).toBeGreaterThan(0.85);
  });
});
