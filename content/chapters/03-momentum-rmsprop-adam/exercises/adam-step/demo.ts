import type { DemoFigure, DemoText, EngineModule } from '../../../../../src/exercises/demo';
import type { adamStep } from './solution';

/** Steps of both runs; enough for Adam to cross the bowl and settle near the minimum. */
export const STEPS = 80;
/** The learning rate of both runs (the chapter's bowl figure uses the same). */
export const ALPHA = 0.039;
const START: [number, number] = [-1.8, 0.8];

/**
 * The reader's adamStep drives a trajectory on the chapter's elongated bowl, drawn over the engine's own
 * `adam` from the same start at the same α: when the reader's step is right, the two paths coincide.
 */
export default function demo(readerAdamStep: typeof adamStep, engine: EngineModule, text: DemoText): DemoFigure {
  const bowl = engine.illConditionedQuadratic({ a: 1, b: 50 });
  const reference = engine.descend(bowl, engine.adam(ALPHA), START, STEPS);

  const hp = { alpha: ALPHA, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
  let state = { v: [0, 0], s: [0, 0], t: 0 };
  let w = [...START];
  const path = { x: [w[0]], y: [w[1]] };
  for (let k = 0; k < STEPS; k++) {
    const next = readerAdamStep(w, bowl.gradient(w[0], w[1]), state, hp);
    w = [Number(next.w[0]), Number(next.w[1])];
    state = { v: next.v, s: next.s, t: next.t };
    path.x.push(w[0]); path.y.push(w[1]);
  }
  const apart = Math.max(...path.x.map((x, k) => Math.hypot(x - reference.x[k], path.y[k] - reference.y[k])));

  const xs = Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
  const ys = Array.from({ length: 41 }, (_, i) => -1 + i * 0.05);
  const z = ys.map((y) => xs.map((x) => bowl.value(x, y)));
  const clip = (v: number[], lim: number) => v.map((u) => (Number.isFinite(u) ? Math.max(-lim, Math.min(lim, u)) : null));
  return {
    data: [
      { type: 'contour', x: xs, y: ys, z, showscale: false, ncontours: 20, contours: { coloring: 'none' }, line: { color: 'rgba(128, 128, 128, 0.5)' }, name: 'J', hoverinfo: 'skip' },
      { x: reference.x, y: reference.y, mode: 'lines', line: { color: '#d62728', width: 6 }, opacity: 0.45, name: text({ en: "the engine's adam", zh: '引擎的 adam' }) },
      { x: clip(path.x, 2), y: clip(path.y, 1), mode: 'lines+markers', marker: { size: 4 }, line: { color: '#1f77b4', width: 1.5, dash: 'dot' }, name: text({ en: 'your adamStep', zh: '你的 adamStep' }) },
    ],
    layout: {
      xaxis: { title: { text: text({ en: 'w₁ (gentle direction)', zh: 'w₁（平缓方向）' }) }, range: [-2, 2] },
      yaxis: { title: { text: text({ en: 'w₂ (steep direction)', zh: 'w₂（陡峭方向）' }) }, range: [-1, 1] },
      legend: { orientation: 'h', y: 1.12 },
      margin: { t: 30 },
    },
    caption: text({
      en: `Your adamStep and the engine's adam, ${STEPS} steps from (${START.join(', ')}) on ${bowl.name} at α = ${ALPHA}: `,
      zh: `你的 adamStep 和引擎的 adam 在 ${bowl.name} 上从 (${START.join(', ')}) 出发，以 α = ${ALPHA} 各走 ${STEPS} 步：`,
    }) + (Number.isFinite(apart)
      ? text({
        en: `the two paths are never more than ${apart.toPrecision(2)} apart${apart < 1e-9 ? ' (the same path, up to rounding)' : ''}.`,
        zh: `两条路径相距始终不超过 ${apart.toPrecision(2)}${apart < 1e-9 ? '（除舍入误差外是同一条路径）' : ''}。`,
      })
      : text({ en: 'your path left the bowl (a NaN or an infinity along the way).', zh: '你的路径跑出了碗（途中出现了 NaN 或无穷大）。' })),
  };
}
