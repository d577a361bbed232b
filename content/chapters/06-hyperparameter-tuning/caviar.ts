import { Rng } from '@engine';
import { knob, label, parallel, plot, progress } from '@snippet';

// Caviar: train many small networks at once, each with its own learning rate, and keep the best.
// A [2, 16, 16, 1] network learns two moons with Adam on mini-batches of 32; we score it on a dev set.
const models = knob('models', 16, { min: 4, max: 40, step: 1, label: label({ en: 'models per round', zh: '每轮模型数' }) });
const epochs = knob('epochs', 20, { min: 5, max: 100, step: 5, label: label({ en: 'epochs each', zh: '每个模型的训练轮数' }) });
const rng = new Rng(21);

/** One model, trained in its own worker: it sees only its input and the engine, not this file's imports. */
const train = (input: { alpha: number; epochs: number }, engine: typeof import('@engine')) => {
  const all = engine.makeMoons({ n: 500, noise: 0.25, seed: 4 });
  const { train, test: dev } = engine.trainTestSplit(all.x, all.y, { testFraction: 0.4, seed: 5 });
  const model = engine.mlp([2, 16, 16, 1], { seed: 6 });
  const optimizer = engine.adam(input.alpha);
  const shuffle = new engine.Rng(7);
  for (let epoch = 0; epoch < input.epochs; epoch++) {
    for (const batch of engine.miniBatches(train.x, train.y, 32, shuffle)) {
      model.backward(engine.binaryCrossEntropy.grad(model.forward(batch.x), batch.y));
      optimizer.step(model.parameters());
    }
  }
  return { alpha: input.alpha, devAccuracy: engine.accuracy(model.predict(dev.x), dev.y) };
};

type Result = { alpha: number; devAccuracy: number };
const rounds: Result[][] = [[], []];
const draw = () => plot('search', rounds.map((round, r) => ({
  x: round.map((m) => m.alpha), y: round.map((m) => m.devAccuracy), mode: 'markers' as const,
  name: r === 0 ? label({ en: 'coarse: α in [1e-4, 1]', zh: '粗搜索：α 取自 [1e-4, 1]' }) : label({ en: 'fine: around the best', zh: '精搜索：最优值附近' }), marker: { size: 9, symbol: r === 0 ? 'circle' : 'diamond' },
})), { xaxis: { title: { text: label({ en: 'learning rate α', zh: '学习率 α' }) }, type: 'log' }, yaxis: { title: { text: label({ en: 'dev-set accuracy', zh: '开发集准确率' }) } } });

/** Trains one round of models, α log-uniform in [10^low, 10^high], plotting each as it finishes. */
async function round(r: number, low: number, high: number) {
  const inputs = Array.from({ length: models }, () => ({ alpha: 10 ** rng.between(low, high), epochs }));
  await parallel(inputs, train, (result) => {
    rounds[r].push(result);
    progress((rounds[0].length + rounds[1].length) / (2 * models));
    draw();
  });
}
const best = (results: Result[]) => results.reduce((a, b) => (b.devAccuracy > a.devAccuracy ? b : a));

await round(0, -4, 0);
// Coarse to fine: zoom into a factor of 4 either side of the best coarse α.
export const coarseBest = best(rounds[0]);
const centre = Math.log10(coarseBest.alpha);
await round(1, Math.max(-4, centre - 0.6), Math.min(0, centre + 0.6));
export const fineBest = best(rounds[1]);
export const coarseAlphas = rounds[0].map((m) => m.alpha);
export const fineAlphas = rounds[1].map((m) => m.alpha);
export const coarseAccuracies = rounds[0].map((m) => m.devAccuracy);
export const fineAccuracies = rounds[1].map((m) => m.devAccuracy);
