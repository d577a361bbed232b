import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { fitLine } from './solution';

/** Noisy points around y = 0.5x + 1, drawn once from a fixed seed so every reader sees the same data. */
export const SLOPE = 0.5;
export const INTERCEPT = 1;
/** Steps shown as the line settles; the last one is close to the least-squares fit. */
export const STEP_COUNTS = [1, 10, 100, 1000];
const LEARNING_RATE = 0.02;

/**
 * The reader's fitLine, stopped after 1, 10, 100 and 1000 steps, drawn as lines over the data and over the exact
 * least-squares line (the normal equations): when the reader's function is right, its last line lies on it.
 */
export default function demo(readerFitLine: typeof fitLine, engine: EngineModule, text: DemoText): DemoFigure {
  const rng = new engine.Rng(9);
  const xs = Array.from({ length: 30 }, (_, i) => i / 3);
  const ys = xs.map((x) => SLOPE * x + INTERCEPT + 0.6 * rng.normal());

  // The exact answer: w = cov(x, y) / var(x), b = ȳ − w·x̄.
  const mean = (v: number[]) => v.reduce((a, c) => a + c, 0) / v.length;
  const mx = mean(xs), my = mean(ys);
  const w = mean(xs.map((x, i) => (x - mx) * (ys[i] - my))) / mean(xs.map((x) => (x - mx) ** 2));
  const b = my - w * mx;

  const ends = [0, 10];
  const fits = STEP_COUNTS.map((steps) => readerFitLine([...xs], [...ys], LEARNING_RATE, steps).map(Number));
  const [lastW, lastB] = fits[fits.length - 1];
  const gap = Math.max(Math.abs(lastW - w), Math.abs(lastB - b));
  return {
    data: [
      { x: xs, y: ys, mode: 'markers', name: text({ en: 'data', zh: '数据' }), marker: { size: 6 } },
      { x: ends, y: ends.map((x) => w * x + b), mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: text({ en: 'least squares (exact)', zh: '最小二乘（精确解）' }) },
      ...fits.map(([fw, fb], k) => ({
        x: ends, y: ends.map((x) => fw * x + fb), mode: 'lines' as const, line: { dash: 'dot' as const },
        name: text({ en: `your fitLine, ${STEP_COUNTS[k]} step${STEP_COUNTS[k] > 1 ? 's' : ''}`, zh: `你的 fitLine，${STEP_COUNTS[k]} 步` }),
      })),
    ],
    layout: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'y' } }, legend: { orientation: 'h', y: 1.15 }, margin: { t: 30 } },
    caption: Number.isFinite(gap)
      ? text({
        en: `After ${STEP_COUNTS[STEP_COUNTS.length - 1]} steps at α = ${LEARNING_RATE}, your w = ${lastW.toFixed(3)} and b = ${lastB.toFixed(3)}; the exact least-squares line has w = ${w.toFixed(3)}, b = ${b.toFixed(3)}.`,
        zh: `以 α = ${LEARNING_RATE} 走完 ${STEP_COUNTS[STEP_COUNTS.length - 1]} 步后，你的 w = ${lastW.toFixed(3)}，b = ${lastB.toFixed(3)}；精确的最小二乘直线是 w = ${w.toFixed(3)}，b = ${b.toFixed(3)}。`,
      })
      : text({
        en: 'Your line left the page (a NaN or an infinity along the way): is the learning rate multiplied by m somewhere?',
        zh: '你的直线跑出了图（途中出现了 NaN 或无穷大）：是不是在哪里把学习率乘上了 m？',
      }),
  };
}
