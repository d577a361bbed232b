import { adam, descend, momentum, plateau, rmsprop, sgd, type Optimizer } from '@engine';
import { knob, label, plot, type BilingualText } from '@snippet';

// J = 1 − exp(−(x² + y²)): a well in the middle of a huge, almost flat plain. Far out, the
// gradient is tiny but not zero, so every optimizer knows the way; the question is how long it takes.
const surface = plateau();
const learningRate = knob('learningRate', 0.1, { min: 0.001, max: 1, log: true, label: 'α' });
const radius = knob('radius', 3, { min: 1.5, max: 4, step: 0.1, label: label({ en: 'start distance from the well', zh: '起点到井中心的距离' }) });
const maxSteps = 5000;
const start: [number, number] = [radius * Math.cos(0.5), radius * Math.sin(0.5)];

/** Each run's name in both languages: the English one is its key in `crossing`, the figures show the page's. */
const runs: { name: BilingualText; optimizer: Optimizer }[] = [
  { name: { en: 'gradient descent', zh: '梯度下降' }, optimizer: sgd(learningRate) },
  { name: { en: 'momentum, v = βv + (1−β)dW', zh: '动量，v = βv + (1−β)dW' }, optimizer: momentum(learningRate, 0.9) },
  { name: { en: 'momentum, v = βv + dW', zh: '动量，v = βv + dW' }, optimizer: momentum(learningRate, 0.9, { form: 'sum' }) },
  { name: { en: 'RMSprop', zh: 'RMSprop 优化器' }, optimizer: rmsprop(learningRate) },
  { name: { en: 'Adam', zh: 'Adam 优化器' }, optimizer: adam(learningRate) },
];

/** Steps until the cost first drops below ½ (the rim of the well), or null if it never does. */
const stepsToCross = (cost: number[]) => {
  const k = cost.findIndex((c) => c < 0.5);
  return k < 0 ? null : k;
};

export const crossing: Record<string, number | null> = {};
const curves = [];
for (const { name, optimizer } of runs) {
  const path = descend(surface, optimizer, start, maxSteps);
  crossing[name.en] = stepsToCross(path.cost);
  // Keep the figure light: every point up to 100 steps, then every 10th.
  const keep = path.cost.map((_, k) => k).filter((k) => k > 0 && (k <= 100 || k % 10 === 0));
  curves.push({ x: keep, y: keep.map((k) => path.cost[k]), name: label(name) });
}

plot('cost', curves, {
  xaxis: { title: { text: label({ en: 'step (log scale)', zh: '步数（对数刻度）' }) }, type: 'log' },
  yaxis: { title: { text: label({ en: 'cost J', zh: '代价 J' }) } },
});
const notCrossed = label({ en: `not in ${maxSteps}`, zh: `${maxSteps} 步内未越过` });
plot('crossing', [{
  type: 'bar', x: runs.map(({ name }) => label(name)), y: runs.map(({ name }) => crossing[name.en] ?? maxSteps),
  text: runs.map(({ name }) => String(crossing[name.en] ?? notCrossed)), textposition: 'outside',
}], {
  xaxis: { title: { text: label({ en: 'optimizer', zh: '优化器' }) } },
  yaxis: { title: { text: label({ en: 'steps to cross the plateau', zh: '越过平稳段所需步数' }) }, type: 'log' },
});

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
