import { describe, expect, it } from 'vitest';
import { Adam, GradientDescent, Momentum, Nesterov, RMSprop, adam, momentum, nesterov, rmsprop, sgd } from '../index';
import { trajectory } from './problem.test-util';

const factories = [
  ['GradientDescent', () => sgd(0.05), GradientDescent.fromConfig],
  ['Momentum', () => momentum(0.05, 0.8, { form: 'sum' }), Momentum.fromConfig],
  ['Nesterov', () => nesterov(0.05, 0.7), Nesterov.fromConfig],
  ['RMSprop', () => rmsprop(0.05, 0.95, 1e-7), RMSprop.fromConfig],
  ['Adam', () => adam(0.05, { beta1: 0.85, biasCorrection: false }), Adam.fromConfig],
] as const;

describe.each(factories)('%s', (_name, make, fromConfig) => {
  it('round-trips config and state: a restored copy continues the same trajectory', () => {
    const original = make();
    const steps: ((p: Parameter[]) => void)[] = [];
    // 10 steps with the original, then 10 with a copy rebuilt from getConfig + getState (through JSON).
    let copy: ReturnType<typeof make> | undefined;
    const split = trajectory((p) => {
      steps.push(() => {});
      if (steps.length <= 10) original.step(p);
      else {
        copy ??= fromConfig(JSON.parse(JSON.stringify(original.getConfig()))) as ReturnType<typeof make>;
        if (steps.length === 11) copy.setState(JSON.parse(JSON.stringify(original.getState())));
        copy.step(p);
      }
    }, 20);
    const reference = make();
    const straight = trajectory((p) => reference.step(p), 20);
    expect(split).toEqual(straight);
    expect(copy!.getConfig()).toEqual(original.getConfig());
  });

  it('keeps learningRate settable and rejects learningRate <= 0', () => {
    const opt = make();
    opt.learningRate = 0.2;
    expect(opt.getConfig().learningRate).toBe(0.2);
    expect(() => { opt.learningRate = 0; }).toThrow(/learningRate must be a finite number > 0, got 0/);
    expect(() => { opt.learningRate = -1; }).toThrow(/learningRate/);
  });

  it('rejects unknown option names, listing the allowed ones', () => {
    expect(() => fromConfig({ learningRate: 0.1, lr: 0.1 })).toThrow(/unknown option "lr" \(allowed: learningRate/);
  });
});

describe('state keyed by parameter name', () => {
  it('survives a reordering of the parameter list', () => {
    const a = adam(0.1), b = adam(0.1);
    const p = () => [
      { name: 'x', shape: [1], value: Float64Array.of(1), grad: Float64Array.of(0.5) },
      { name: 'y', shape: [1], value: Float64Array.of(2), grad: Float64Array.of(-1) },
    ];
    const pa = p(), pb = p();
    a.step(pa); a.step(pa);
    b.step(pb); b.step([pb[1], pb[0]]);
    expect(pb[0].value[0]).toBe(pa[0].value[0]);
    expect(pb[1].value[0]).toBe(pa[1].value[0]);
  });

  it('rejects two parameters with one name and a gradient of the wrong length', () => {
    const w = { name: 'w', shape: [1], value: Float64Array.of(1), grad: Float64Array.of(1) };
    expect(() => sgd().step([w, w])).toThrow(/two parameters are named 'w'/);
    // Past the pairwise check's size too: 40 distinct names pass, a repeat at the end does not.
    const many = Array.from({ length: 40 }, (_, i) => ({ ...w, name: `p${i}`, value: Float64Array.of(1), grad: Float64Array.of(1) }));
    expect(() => sgd().step(many)).not.toThrow();
    expect(() => sgd().step([...many, { ...many[3] }])).toThrow(/two parameters are named 'p3'/);
    expect(() => sgd().step([{ ...w, grad: new Float64Array(2) }])).toThrow(/'w' has 1 values but 2 gradients/);
  });
});

import type { Parameter } from '../parameter';
