import { Rng, adam, descend, illConditionedQuadratic } from '@engine';
import { knob, label, plot } from '@snippet';

// Tune two of Adam's hyperparameters on an elongated bowl: α, which matters a lot, and ε,
// which hardly matters at all. Each trial runs 60 Adam steps; its score is the mean cost of the last 10.
const trials = knob('trials', 25, { min: 4, max: 100, step: 1, label: label({ en: 'trials (a square for the grid)', zh: '试验次数（网格取平方数）' }) });
const bowl = illConditionedQuadratic({ a: 1, b: 20 });
const score = (alpha: number, epsilon: number) =>
  descend(bowl, adam(alpha, { epsilon }), [-1.5, 0.8], 60).cost.slice(-10).reduce((sum, c) => sum + c, 0) / 10;

// Both searches cover log10 α in [−3, 0] and log10 ε in [−10, −6].
const side = Math.round(Math.sqrt(trials));
const ticks = Array.from({ length: side }, (_, i) => i / (side - 1));
const gridTrials = ticks.flatMap((u) => ticks.map((v) => ({ alpha: 10 ** (-3 + 3 * u), epsilon: 10 ** (-10 + 4 * v) })));
const randomTrials = (rng: Rng) =>
  Array.from({ length: side * side }, () => ({ alpha: 10 ** (-3 + 3 * rng.uniform()), epsilon: 10 ** (-10 + 4 * rng.uniform()) }));

const scored = (list: { alpha: number; epsilon: number }[]) => list.map((t) => ({ ...t, cost: score(t.alpha, t.epsilon) }));
const grid = scored(gridTrials);
const random = scored(randomTrials(new Rng(3)));
const best = (list: { cost: number }[]) => Math.min(...list.map((t) => t.cost));

const gridName = label({ en: 'grid', zh: '网格搜索' });
const randomName = label({ en: 'random', zh: '随机搜索' });
const alphaTitle = label({ en: 'learning rate α', zh: '学习率 α' });
const marker = (list: typeof grid, name: string, symbol: string) => ({
  x: list.map((t) => t.alpha), y: list.map((t) => t.cost), mode: 'markers' as const, name, marker: { symbol, size: 9 },
});
plot('trials', [
  { ...marker(grid, gridName, 'x'), y: grid.map((t) => t.epsilon) },
  { ...marker(random, randomName, 'circle'), y: random.map((t) => t.epsilon) },
], { xaxis: { title: { text: alphaTitle }, type: 'log' }, yaxis: { title: { text: label({ en: "Adam's ε", zh: 'Adam 的 ε' }) }, type: 'log' } });
plot('scores', [marker(grid, gridName, 'x'), marker(random, randomName, 'circle')], {
  xaxis: { title: { text: alphaTitle }, type: 'log' }, yaxis: { title: { text: label({ en: 'mean cost, steps 51-60', zh: '第 51–60 步的平均代价' }) }, type: 'log' },
});

const distinct = (values: number[]) => new Set(values).size;
export const distinctAlphaGrid = distinct(grid.map((t) => t.alpha));
export const distinctAlphaRandom = distinct(random.map((t) => t.alpha));
export const bestGrid = best(grid);
export const bestRandom = best(random);
/** How much ε moves the score: the largest ratio of costs within one grid column of equal α. */
export const epsilonEffect = Math.max(...grid.map((t) => {
  const column = grid.filter((u) => u.alpha === t.alpha).map((u) => u.cost);
  return Math.max(...column) / Math.min(...column);
}));
/** The same in percent: how much the cost moves when only ε changes. */
export const epsilonChangePercent = (epsilonEffect - 1) * 100;
/** Repeat the random search with 100 seeds: how often does it find a better α than the grid? */
export const randomWinsFraction = Array.from({ length: 100 }, (_, s) => best(scored(randomTrials(new Rng(100 + s)))))
  .filter((b) => b < bestGrid).length / 100;
