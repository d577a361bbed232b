import { graphOf, variable } from '@engine';
import { knob, label, plot } from '@snippet';

const wValue = knob('w', 3, { min: -10, max: 10, step: 0.5, label: 'w' });

// Build the cost once and run backward(): every node records its value and its gradient.
const w = variable(wValue, 'w');
const cost = w.mul(w).sub(w.mul(10)).add(25);
cost.backward();
const { nodes, edges } = graphOf(cost);

// Lay the graph out by depth: inputs on the left, the cost on the right.
const depth = new Map<string, number>();
for (const node of nodes) {
  const parents = edges.filter((e) => e.to === node.id).map((e) => depth.get(e.from)!);
  depth.set(node.id, parents.length ? Math.max(...parents) + 1 : 0);
}
const row = new Map<string, number>(), used = new Map<number, number>();
for (const node of nodes) {
  const d = depth.get(node.id)!;
  row.set(node.id, used.get(d) ?? 0);
  used.set(d, (used.get(d) ?? 0) + 1);
}
const at = (id: string) => [depth.get(id)!, -row.get(id)!];

const rows = Math.max(...used.values());
plot('graph', [
  { x: edges.flatMap((e) => [at(e.from)[0], at(e.to)[0], NaN]), y: edges.flatMap((e) => [at(e.from)[1], at(e.to)[1], NaN]), mode: 'lines', name: label({ en: 'input → op', zh: '输入 → 运算' }) },
  { x: nodes.map((n) => at(n.id)[0]), y: nodes.map((n) => at(n.id)[1]), mode: 'markers', marker: { size: 14 }, name: label({ en: 'nodes', zh: '节点' }) },
], {
  xaxis: { title: { text: label({ en: 'depth: inputs on the left, the cost on the right', zh: '深度：左边是输入，右边是代价' }) }, range: [-0.5, Math.max(...depth.values()) + 0.5], zeroline: false },
  yaxis: { visible: false, range: [-rows + 0.4, 0.6] }, showlegend: false,
  // Each node's label, value and (after backward) gradient dJ/dnode.
  annotations: nodes.map((n) => ({ x: at(n.id)[0], y: at(n.id)[1] + 0.22, text: label({
    en: `${n.label}: ${Number(n.value).toFixed(1)}, grad ${Number(n.grad).toFixed(1)}`,
    zh: `${n.label}：${Number(n.value).toFixed(1)}，梯度 ${Number(n.grad).toFixed(1)}`,
  }), showarrow: false })),
});

/** What the engine recorded: node labels in topological order, and the counts. */
export const labels = nodes.map((n) => n.label);
export const nodeCount = nodes.length;
export const edgeCount = edges.length;
/** dJ/dw found by backward(), and the hand-derived 2w − 10. */
export const autodiffGradient = w.grad.item();
export const handGradient = 2 * wValue - 10;
console.log(nodes.map((n) => label({
  en: `${n.id} ${n.label} (${n.op}) value ${n.value} grad ${n.grad}`,
  zh: `${n.id} ${n.label}（${n.op}）值 ${n.value}，梯度 ${n.grad}`,
})).join('\n'));
