import { Rng, Tensor, makeSpirals, mlp, type BatchNorm } from '@engine';
import { knob, label, plot } from '@snippet';

const batchSize = knob('batchSize', 64, { min: 4, max: 256, step: 4, label: label({ en: 'mini-batch size', zh: '小批量大小' }) });
const draws = 200;

// An untrained network with batch norm, and one example we follow closely.
const model = mlp([2, 16, 16, 3], { batchNorm: true, seed: 2 });
const norm = model.layers.find((layer) => layer.name === 'batchNorm2') as BatchNorm;
const data = makeSpirals({ n: 1000, classes: 3, seed: 1 });
const example = Array.from(data.x.data.slice(0, 2));

/** z̃ of unit 1 of layer 2 for our example, when it shares a mini-batch with `size - 1` random others. */
function valueInBatch(size: number, rng: Rng): number {
  const rows = [example];
  for (let k = 1; k < size; k++) {
    const i = 1 + rng.int(data.x.rows - 1);
    rows.push([data.x.get(i, 0), data.x.get(i, 1)]);
  }
  model.forward(Tensor.from(rows)); // training mode: this batch's μ and σ²
  return norm.output!.get(0, 0);
}

/** Standard deviation of the example's z̃ over many random mini-batches of a given size. */
function spread(size: number, seed: number, keep?: number[]): number {
  const rng = new Rng(seed);
  const values = Array.from({ length: draws }, () => valueInBatch(size, rng));
  keep?.push(...values);
  const mean = values.reduce((s, v) => s + v, 0) / draws;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / draws);
}

const seen: number[] = [];
/** How much the same example's z̃ varies with its batchmates, at the chosen size. */
export const noise = spread(batchSize, 7, seen);
/** The same at sizes 16, 64 and 256: smaller batches, noisier statistics. */
export const noiseBySize = [16, 64, 256].map((size) => spread(size, 8));

plot('noise', [{ type: 'histogram', x: seen, nbinsx: 30, name: label({ en: `batch size ${batchSize}`, zh: `小批量大小 ${batchSize}` }) }], {
  xaxis: { title: { text: label({ en: 'z̃ of one example, one unit (layer 2)', zh: '同一样本在第 2 层某个单元上的 z̃' }) } }, yaxis: { title: { text: label({ en: `count in ${draws} mini-batches`, zh: `${draws} 个小批量中的次数` }) } },
});
const spreads = noiseBySize.map((s, k) => `m = ${[16, 64, 256][k]}: ${s.toFixed(3)}`);
console.log(label({ en: `spread of z̃ for one example: ${spreads.join(', ')}`, zh: `同一样本 z̃ 的标准差：${spreads.join('，')}` }));
