import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { randomMiniBatches } from './solution';

/** Epochs, batch size and shuffling seed of both runs. */
export const EPOCHS = 4;
export const BATCH_SIZE = 32;
const SEED = 3;

/**
 * The reader's randomMiniBatches feeds a real training run: the same network, from the same weights, trained once on
 * the reader's mini-batches and once on the engine's `miniBatches`, both shuffled by an Rng with the same seed. When
 * the reader's split is the engine's, the two curves of J{t} coincide.
 */
export default function demo(readerMiniBatches: typeof randomMiniBatches, engine: EngineModule, text: DemoText): DemoFigure {
  const data = engine.makeMoons({ n: 400, noise: 0.2, seed: 2 });
  const X = Array.from({ length: data.x.rows }, (_, i) => [data.x.get(i, 0), data.x.get(i, 1)]);
  const Y = Array.from(data.y.data);

  /** J{t} of each mini-batch, trained on the batches that `split` gives for each epoch. */
  const costs = (split: (rng: InstanceType<EngineModule['Rng']>) => { x: InstanceType<EngineModule['Tensor']>; y: InstanceType<EngineModule['Tensor']> }[]) => {
    const model = engine.mlp([2, 8, 1], { seed: 1 });
    const optimizer = engine.sgd(0.5);
    const rng = new engine.Rng(SEED);
    const out: number[] = [];
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (const batch of split(rng)) {
        const yHat = model.forward(batch.x);
        out.push(engine.binaryCrossEntropy.value(yHat, batch.y));
        model.backward(engine.binaryCrossEntropy.grad(yHat, batch.y));
        optimizer.step(model.parameters());
      }
    }
    return out;
  };
  const reference = costs((rng) => engine.miniBatches(data.x, data.y, BATCH_SIZE, rng));
  const yours = costs((rng) => readerMiniBatches(X, Y, BATCH_SIZE, rng).map((b) => ({
    x: new engine.Tensor(b.X.flat(), [b.X.length, 2]),
    y: new engine.Tensor(b.Y, [b.Y.length, 1]),
  })));
  const sameLength = yours.length === reference.length;
  const apart = sameLength ? Math.max(...yours.map((c, t) => Math.abs(c - reference[t]))) : Infinity;
  const t = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    data: [
      { x: t(reference.length), y: reference, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.4, name: text({ en: "the engine's miniBatches", zh: '引擎的 miniBatches' }) },
      { x: t(yours.length), y: yours, mode: 'lines', line: { color: '#1f77b4', width: 1.5, dash: 'dot' }, name: text({ en: 'your randomMiniBatches', zh: '你的 randomMiniBatches' }) },
    ],
    layout: {
      xaxis: { title: { text: text({ en: 'iteration t', zh: '迭代 t' }) } },
      yaxis: { title: { text: text({ en: 'cost J of that mini-batch', zh: '该小批量上的代价 J' }) } },
      margin: { t: 30 },
    },
    caption: text({
      en: `A [2, 8, 1] network trained for ${EPOCHS} epochs on 400 two-moons points in mini-batches of ${BATCH_SIZE}: `,
      zh: `一个 [2, 8, 1] 的网络在 400 个双月形数据点上训练 ${EPOCHS} 轮，每个小批量 ${BATCH_SIZE} 个样本：`,
    }) + (sameLength
      ? text({
        en: `your mini-batches and the engine's give costs that never differ by more than ${apart.toPrecision(2)}${apart < 1e-12 ? ' (the same batches, in the same order)' : ''}.`,
        zh: `用你的小批量和用引擎的小批量，代价之差始终不超过 ${apart.toPrecision(2)}${apart < 1e-12 ? '（批次相同，顺序也相同）' : ''}。`,
      })
      : text({
        en: `your split gave ${yours.length} iterations, the engine's ${reference.length}.`,
        zh: `你的划分得到 ${yours.length} 次迭代，引擎的是 ${reference.length} 次。`,
      })),
  };
}
