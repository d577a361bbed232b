import { Rng, Tensor, descend, normalizeInputs, sgd, type Surface } from '@engine';
import { knob, label, plot } from '@snippet';

const scale = knob('scale', 10, { min: 1, max: 100, log: true, label: label({ en: 'range of x₂ / range of x₁', zh: 'x₂ 的范围 / x₁ 的范围' }) });
const steps = knob('steps', 30, { min: 5, max: 200, step: 5, label: label({ en: 'steps drawn', zh: '画出的步数' }) });

// Two input features on different ranges (think two lengths, one in metres and one in decimetres: scale 10), and a target.
const rng = new Rng(4);
const rows = Array.from({ length: 200 }, () => [1 + 0.5 * rng.normal(), scale * (1 + 0.5 * rng.normal())]);
const target = rows.map(([a, b]) => a + b / scale + 0.2 * rng.normal());
const meanTarget = target.reduce((s, v) => s + v, 0) / target.length;
const y = target.map((v) => v - meanTarget); // centred, so two weights and no bias are enough

/** The least-squares cost J(w₁, w₂) = (1/2m) Σ (w₁x₁ + w₂x₂ − y)² of inputs x, as a surface. */
function leastSquares(x: Tensor): Surface & { curvatures: [number, number] } {
  const m = x.rows;
  let a = 0, b = 0, c = 0, p = 0, q = 0, yy = 0; // H = [[a, b], [b, c]] = XᵀX/m, g = Xᵀy/m
  for (let i = 0; i < m; i++) {
    const [u, v] = [x.get(i, 0), x.get(i, 1)];
    a += (u * u) / m; b += (u * v) / m; c += (v * v) / m;
    p += (u * y[i]) / m; q += (v * y[i]) / m; yy += (y[i] * y[i]) / m;
  }
  const det = a * c - b * b;
  const best: [number, number] = [(c * p - b * q) / det, (a * q - b * p) / det];
  const half = Math.sqrt(((a - c) / 2) ** 2 + b * b); // eigenvalues of H: its curvatures
  const r = 1.5;
  return {
    name: 'least squares', minimum: best, curvatures: [(a + c) / 2 + half, (a + c) / 2 - half],
    xRange: [best[0] - r, best[0] + r], yRange: [best[1] - r, best[1] + r],
    value: (w1, w2) => 0.5 * (a * w1 * w1 + 2 * b * w1 * w2 + c * w2 * w2) - (p * w1 + q * w2) + 0.5 * yy,
    gradient: (w1, w2) => [a * w1 + b * w2 - p, b * w1 + c * w2 - q],
  };
}

type Bowl = ReturnType<typeof leastSquares>;

/** Gradient descent from near a corner at the largest comfortable α = 1/(steepest curvature), for `count` steps. */
function descent(bowl: Bowl, count: number): { x: number[]; y: number[] } {
  const start: [number, number] = [bowl.xRange[0] + 0.2, bowl.yRange[1] - 0.2];
  return descend(bowl, sgd(1 / bowl.curvatures[0]), start, count);
}

/** The bowl as contours of log(J − min J), so its shape shows far from the bottom, and the first steps drawn. */
function draw(id: string, bowl: Bowl, title: string): void {
  const path = descent(bowl, steps);
  const floor = bowl.value(...bowl.minimum!);
  const grid = Array.from({ length: 41 }, (_, i) => i / 40);
  const w1 = grid.map((t) => bowl.xRange[0] + 3 * t), w2 = grid.map((t) => bowl.yRange[0] + 3 * t);
  plot(id, [
    { type: 'contour', x: w1, y: w2, z: w2.map((v) => w1.map((u) => Math.log(bowl.value(u, v) - floor + 1e-3))), showscale: false, ncontours: 20, name: 'log(J − min J)' },
    { x: path.x, y: path.y, mode: 'lines+markers', name: label({ en: 'gradient descent', zh: '梯度下降' }) },
  ], { title: { text: title }, xaxis: { title: { text: 'w₁' } }, yaxis: { title: { text: 'w₂' }, scaleanchor: 'x' } });
}

/** The bowl's steepest over flattest curvature, and the steps descent needs to get 100 times closer to its minimum. */
function measure(bowl: Bowl): { condition: number; steps: number } {
  const path = descent(bowl, 20000);
  const [b1, b2] = bowl.minimum!;
  const far = path.x.map((u, k) => Math.hypot(u - b1, path.y[k] - b2));
  const needed = far.findIndex((d) => d < 0.01 * far[0]);
  return { condition: bowl.curvatures[0] / bowl.curvatures[1], steps: needed < 0 ? Infinity : needed };
}

const rawBowl = leastSquares(Tensor.from(rows));
const normalizedBowl = leastSquares(normalizeInputs(Tensor.from(rows)).x);
// Drawn first, counted after: the figures do not wait for the 20 000-step descents.
draw('raw', rawBowl, label({ en: 'Raw inputs: an elongated bowl', zh: '原始输入：狭长的碗' }));
draw('normalized', normalizedBowl, label({ en: 'Normalized inputs: a round bowl', zh: '归一化后的输入：圆形的碗' }));
const raw = measure(rawBowl);
const normalized = measure(normalizedBowl);

/** Steepest over flattest curvature of the cost (1 for a perfectly round bowl). */
export const conditionRaw = raw.condition;
export const conditionNormalized = normalized.condition;
/** Steps gradient descent needs to get 100 times closer to the minimum (Infinity: not within 20000). */
export const stepsRaw = raw.steps;
export const stepsNormalized = normalized.steps;
console.log(label({
  en: `curvature ratio ${conditionRaw.toFixed(0)} → ${conditionNormalized.toFixed(2)}; steps ${stepsRaw} → ${stepsNormalized}`,
  zh: `曲率之比 ${conditionRaw.toFixed(0)} → ${conditionNormalized.toFixed(2)}；步数 ${stepsRaw} → ${stepsNormalized}`,
}));
