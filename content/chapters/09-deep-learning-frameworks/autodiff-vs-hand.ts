import { variable } from '@engine';
import { knob, label, plot } from '@snippet';

const from = knob('from', -5, { min: -100, max: 0, step: 1, label: label({ en: 'w from', zh: 'w 的起点' }) });
const to = knob('to', 15, { min: 1, max: 100, step: 1, label: label({ en: 'w to', zh: 'w 的终点' }) });

const ws = Array.from({ length: 101 }, (_, i) => from + ((to - from) * i) / 100);

// For each w: build the graph of J(w) = w² − 10w + 25, run backward(), read dJ/dw.
const automatic = ws.map((value) => {
  const w = variable(value, 'w');
  w.mul(w).sub(w.mul(10)).add(25).backward();
  return w.grad.item();
});
// What calculus gives by hand: dJ/dw = 2w − 10.
const byHand = ws.map((w) => 2 * w - 10);

/** Largest |automatic − hand-derived| over the range (0 up to rounding). */
export const maxGap = Math.max(...automatic.map((g, i) => Math.abs(g - byHand[i])));
/** Where the automatic gradient changes sign: the minimum. */
export const zeroAt = ws.find((w, i) => i > 0 && automatic[i - 1] < 0 && automatic[i] >= 0) ?? NaN;

plot('gradient', [
  { x: ws, y: automatic, name: label({ en: 'automatic: backward()', zh: '自动求得：backward()' }), line: { width: 6 }, opacity: 0.4 },
  { x: ws, y: byHand, name: label({ en: 'by hand: 2w − 10', zh: '手工推导：2w − 10' }), line: { dash: 'dash' } },
], { xaxis: { title: { text: 'w' } }, yaxis: { title: { text: 'dJ/dw' } } });
console.log(label({
  en: `largest gap between automatic and hand-derived gradient: ${maxGap}`,
  zh: `自动梯度与手工推导的梯度之间的最大差距：${maxGap}`,
}));
