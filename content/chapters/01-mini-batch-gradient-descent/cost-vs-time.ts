import { binaryCrossEntropy, makeMoons, miniBatches, mlp, Rng, sgd, type Sequential } from '@engine';
import { knob, label, plot, progress } from '@snippet';

// One network, three batch sizes: cost of the whole training set against iterations and against time.
const learningRate = knob('learningRate', 0.2, { min: 0.001, max: 3, log: true, label: 'α' });
const epochs = knob('epochs', 20, { min: 1, max: 100, step: 1, label: label({ en: 'epochs', zh: '轮数' }) });
const data = makeMoons({ n: 1024, noise: 0.2, seed: 2 });
const m = data.x.rows;
const sizes = [1, 64, m];
const name = (size: number) => (size === 1 ? label({ en: 'stochastic (1)', zh: '随机（1）' })
  : size === m ? label({ en: `batch (${m})`, zh: `批量（${m}）` })
  : label({ en: `mini-batch (${size})`, zh: `小批量（${size}）` }));
const fullCost = (model: Sequential) => binaryCrossEntropy.value(model.forward(data.x), data.y);

const runs = sizes.map((size, k) => {
  const model = mlp([2, 16, 8, 1], { seed: 1 }); // identical start for every size
  const optimizer = sgd(learningRate);
  const rng = new Rng(5);
  const perEpoch = Math.ceil(m / size);
  const every = Math.ceil(perEpoch / 16); // measure the cost about 16 times per epoch
  const run = { size, perEpoch, iteration: [0], ms: [0], cost: [fullCost(model)] };
  let iteration = 0, ms = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const batch of miniBatches(data.x, data.y, size, rng)) {
      const started = performance.now(); // the clock runs only while training
      model.backward(binaryCrossEntropy.grad(model.forward(batch.x), batch.y));
      optimizer.step(model.parameters());
      ms += performance.now() - started;
      iteration++;
      if (iteration % every === 0) {
        run.iteration.push(iteration);
        run.ms.push(ms);
        run.cost.push(fullCost(model));
      }
    }
    progress((k + (epoch + 1) / epochs) / sizes.length);
  }
  return run;
});

// Both axes on a log scale: the three runs differ a hundredfold in steps and severalfold in time.
// The cost axis stops at 1, so stochastic GD's worst spikes run off the top.
const costAxis = { title: { text: label({ en: 'training-set cost J', zh: '训练集上的代价 J' }) }, range: [0, 1] as [number, number] };
plot('iterations', runs.map((r) => ({ x: r.iteration, y: r.cost, name: name(r.size), mode: 'lines' })), {
  xaxis: { title: { text: label({ en: 'iterations (log scale)', zh: '迭代次数（对数坐标）' }) }, type: 'log' },
  yaxis: costAxis,
});
plot('time', runs.map((r) => ({ x: r.ms.slice(1), y: r.cost.slice(1), name: name(r.size), mode: 'lines' })), {
  xaxis: { title: { text: label({ en: 'training time in ms on this machine (log scale)', zh: '本机上的训练时间，毫秒（对数坐标）' }) }, type: 'log' },
  yaxis: costAxis,
});

const at = (size: number) => runs[sizes.indexOf(size)];
const last = (values: number[]) => values[values.length - 1];
export const iterationsPerEpoch = { stochastic: at(1).perEpoch, mini: at(64).perEpoch, batch: at(m).perEpoch };
export const finalCost = { stochastic: last(at(1).cost), mini: last(at(64).cost), batch: last(at(m).cost) };
/** Training-set cost at the first measurement at or after `n` iterations. */
const costAfter = (size: number, n: number) => { const r = at(size); return r.cost[r.iteration.findIndex((i) => i >= n)]; };
export const costAfter16Iterations = { stochastic: costAfter(1, 16), mini: costAfter(64, 16), batch: costAfter(m, 16) };
const rises = (costs: number[]) => costs.slice(1).filter((c, i) => c > costs[i]).length;
export const risesOfCost = { stochastic: rises(at(1).cost), mini: rises(at(64).cost), batch: rises(at(m).cost) };
export const msPerEpoch = { stochastic: last(at(1).ms) / epochs, mini: last(at(64).ms) / epochs, batch: last(at(m).ms) / epochs };
for (const r of runs) {
  console.log(label({
    en: `${name(r.size)}: ${r.perEpoch * epochs} iterations, ${last(r.ms).toFixed(0)} ms, final cost ${last(r.cost).toFixed(3)}`,
    zh: `${name(r.size)}：${r.perEpoch * epochs} 次迭代，${last(r.ms).toFixed(0)} 毫秒，最终代价 ${last(r.cost).toFixed(3)}`,
  }));
}
