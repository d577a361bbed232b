/**
 * An exercise's live figure (demo.ts): the Adam exercise's demo, driven by the reference solution, draws the
 * same path as the engine's `adam` (to 1e-12, every point, the right length); driven by a wrong Adam (bias
 * correction multiplied instead of divided) the paths part. Exercises without a demo load none, and a demo
 * whose reader function throws reports it in words instead of throwing.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '@engine';
import { exerciseIds, loadDemo } from '../../src/exercises/catalog';
import { runDemo, type DemoFigure } from '../../src/exercises/demo';
import demo, { STEPS } from '../../content/chapters/03-momentum-rmsprop-adam/exercises/adam-step/demo';
import { adamStep, type AdamHyperparameters, type AdamState } from '../../content/chapters/03-momentum-rmsprop-adam/exercises/adam-step/solution';

const ADAM = '03-momentum-rmsprop-adam/exercises/adam-step';

/** The two paths of the figure: the engine's and the reader's (the traces that are not the contour). */
function paths(figure: DemoFigure): { engine: { x: number[]; y: number[] }; reader: { x: number[]; y: number[] } } {
  const traces = figure.data as { type?: string; name?: string; x: number[]; y: number[] }[];
  const lines = traces.filter((t) => t.type !== 'contour');
  expect(lines.map((t) => t.name)).toEqual(["the engine's adam", 'your adamStep']);
  return { engine: lines[0], reader: lines[1] };
}

function maxApart(a: { x: number[]; y: number[] }, b: { x: number[]; y: number[] }): number {
  return Math.max(...a.x.map((x, k) => Math.hypot(x - b.x[k], a.y[k] - b.y[k])));
}

/** Adam with the bias correction multiplied by 1 − βᵗ instead of divided (the convnetjs bug). */
function multiplyingAdam(w: number[], dw: number[], state: AdamState, hp: AdamHyperparameters) {
  const t = state.t + 1;
  const v = state.v.map((vi, i) => hp.beta1 * vi + (1 - hp.beta1) * dw[i]);
  const s = state.s.map((si, i) => hp.beta2 * si + (1 - hp.beta2) * dw[i] * dw[i]);
  const next = w.map((wi, i) => wi - (hp.alpha * v[i] * (1 - hp.beta1 ** t)) / (Math.sqrt(s[i] * (1 - hp.beta2 ** t)) + hp.epsilon));
  return { w: next, v, s, t };
}

describe('the Adam exercise\'s live figure', () => {
  it('is found by the catalog, and only exercises with a demo.ts have one', async () => {
    expect(await loadDemo(ADAM)).toBe(demo);
    const others = exerciseIds().filter((id) => !existsSync(`content/chapters/${id}/demo.ts`));
    expect(others.length).toBeGreaterThan(5);
    for (const id of others) expect(await loadDemo(id), id).toBeNull();
  });

  it('with the reference solution, the reader\'s path is the engine\'s adam path to 1e-12, with the right length', () => {
    const outcome = runDemo(demo, adamStep, engine);
    expect(outcome.error).toBeUndefined();
    const { engine: ours, reader } = paths(outcome.figure!);
    for (const path of [ours, reader]) {
      expect(path.x).toHaveLength(STEPS + 1);
      expect(path.y).toHaveLength(STEPS + 1);
    }
    expect(reader.x[0]).toBe(ours.x[0]);
    expect(maxApart(reader, ours)).toBeLessThan(1e-12);
    // The path really goes somewhere: Adam ends near the minimum at (0, 0), far from the start.
    expect(Math.hypot(ours.x[STEPS], ours.y[STEPS])).toBeLessThan(0.2);
    expect(Math.hypot(ours.x[0], ours.y[0])).toBeGreaterThan(1.5);
    expect(outcome.figure!.caption).toMatch(/never more than \S+ apart \(the same path, up to rounding\)\.$/);
  });

  it('with bias correction multiplied instead of divided, the two paths part and the caption says how far', () => {
    const outcome = runDemo(demo, multiplyingAdam, engine);
    const { engine: ours, reader } = paths(outcome.figure!);
    expect(reader.x).toHaveLength(STEPS + 1);
    const apart = maxApart(reader, ours);
    expect(apart).toBeGreaterThan(0.1);
    expect(outcome.figure!.caption).toContain(`never more than ${apart.toPrecision(2)} apart.`);
    expect(outcome.figure!.caption).not.toContain('the same path');
  });

  it('reports a reader function that throws during the demo instead of throwing', () => {
    const outcome = runDemo(demo, () => { throw new RangeError('broken'); }, engine);
    expect(outcome.figure).toBeUndefined();
    expect(outcome.error).toBe('The live figure could not be drawn with your function: RangeError: broken');
  });

  it('is plain data: it survives structured cloning unchanged (it crosses from the worker to the page)', () => {
    const { figure } = runDemo(demo, adamStep, engine);
    expect(structuredClone(figure)).toEqual(figure);
  });
});
