import { adam, descend, momentum, plateau, rmsprop, sgd, type Optimizer } from '@engine';
import { knob, plot } from '@snippet';

// J = 1 − exp(−(x² + y²)): a well in the middle of a huge, almost flat plain. Far out, the
// gradient is tiny but not zero, so every optimizer knows the way; the question is how long it takes.
const surface = plateau();
const learningRate = knob('learningRate', 0.1, { min: 0.001, max: 1, log: true, label: 'α' });
const radius = knob('radius', 3, { min: 1.5, max: 4, step: 0.1, label: 'start distance from the well' });
const maxSteps = 5000;
const start: [number, number] = [radius * Math.cos(0.5), radius * Math.sin(0.5)];

const optimizers: Record<string, Optimizer> = {
  'gradient descent': sgd(learningRate),
  'momentum, v = βv + (1−β)dW': momentum(learningRate, 0.9),
  'momentum, v = βv + dW': momentum(learningRate, 0.9, { form: 'sum' }),
  RMSprop: rmsprop(learningRate),
  Adam: adam(learningRate),
};

/** Steps until the cost first drops below ½ (the rim of the well), or null if it never does. */
const stepsToCross = (cost: number[]) => {
  const k = cost.findIndex((c) => c < 0.5);
  return k < 0 ? null : k;
};

export const crossing: Record<string, number | null> = {};
const curves = [];
for (const [name, optimizer] of Object.entries(optimizers)) {
  const path = descend(surface, optimizer, start, maxSteps);
  crossing[name] = stepsToCross(path.cost);
  // Keep the figure light: every point up to 100 steps, then every 10th.
  const keep = path.cost.map((_, k) => k).filter((k) => k > 0 && (k <= 100 || k % 10 === 0));
  curves.push({ x: keep, y: keep.map((k) => path.cost[k]), name });
}

plot('cost', curves, {
  xaxis: { title: { text: 'step (log scale)' }, type: 'log' },
  yaxis: { title: { text: 'cost J' } },
});
const names = Object.keys(crossing);
plot('crossing', [{
  type: 'bar', x: names, y: names.map((n) => crossing[n] ?? maxSteps),
  text: names.map((n) => (crossing[n] === null ? `not in ${maxSteps}` : String(crossing[n]))), textposition: 'outside',
}], { xaxis: { title: { text: 'optimizer' } }, yaxis: { title: { text: 'steps to cross the plateau' }, type: 'log' } });

export const gdSteps = crossing['gradient descent'];
export const averageMomentumSteps = crossing['momentum, v = βv + (1−β)dW'];
export const momentumSteps = crossing['momentum, v = βv + dW'];
export const rmspropSteps = crossing.RMSprop;
export const adamSteps = crossing.Adam;
/** The gradient's length where every run starts: how flat the plain is there. */
export const startGradient = Math.hypot(...surface.gradient(...start));

/** The gradient's length on the rim of the well (where J = ½, r² = ln 2) and out at distance 3.8. */
const gradientAt = (r: number) => Math.hypot(...surface.gradient(r, 0));
export const rimGradient = gradientAt(Math.sqrt(Math.LN2));
export const farGradient = gradientAt(3.8);
/** The far gradient in millionths, for the prose (about 4.1 × 10⁻⁶). */
export const farGradientMillionths = farGradient * 1e6;
/** How many times flatter the plain is at 3.8 than at the rim, in thousands (about 2 × 10⁵: 205 thousand). */
export const rimToFarThousands = rimGradient / farGradient / 1000;
/**
 * The averaging form with a ten times larger α, 1/(1 − β): the same method as the sum form at α, so it crosses in the
 * same number of steps. Its speed on the plateau comes from the larger α that momentum keeps stable, not from the velocity.
 */
export const averageMomentumTenfoldSteps = stepsToCross(descend(surface, momentum(learningRate / (1 - 0.9), 0.9), start, maxSteps).cost);
