import { formatShape } from '../errors';
import { topologicalOrder, type Var } from './var';

/** A node of a drawn computation graph. */
export interface GraphNode {
  /** `n0`, `n1`, ... in topological order (inputs first), stable for one graph. */
  readonly id: string;
  /** The variable's name or the op's symbol (`w`, `×`, `+`). */
  readonly label: string;
  /** `'variable'`, `'constant'` or the op (`'mul'`, `'matmul'`, ...). */
  readonly op: string;
  /** The value for a scalar node, else its shape such as `[2,3]`. */
  readonly value: number | string;
  /** dOutput/dNode for a scalar node after backward(), else its shape; null before. */
  readonly grad: number | string | null;
}

/** An edge from an op's input to the op's output. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
}

/**
 * The computation graph that produced `output`, as nodes and edges a snippet can
 * draw (e.g. with Plotly): inputs first, `output` last.
 *
 * ```ts
 * const w = variable(3, 'w');
 * graphOf(w.mul(w).add(1)); // nodes w, ×, 1, +; edges w→×, w→×, ×→+, 1→+
 * ```
 */
export function graphOf(output: Var): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const order = topologicalOrder(output);
  const ids = new Map<Var, string>(order.map((node, i) => [node, `n${i}`]));
  const hasGrad = order.some((n) => n.grad.data.some((g) => g !== 0));
  const nodes = order.map((node) => ({
    id: ids.get(node)!,
    label: node.label,
    op: node.op,
    value: node.value.size === 1 ? node.value.data[0] : formatShape(node.shape),
    grad: !hasGrad ? null : node.grad.size === 1 ? node.grad.data[0] : formatShape(node.shape),
  }));
  const edges = order.flatMap((node) => node.inputs.map((input) => ({ from: ids.get(input)!, to: ids.get(node)! })));
  return { nodes, edges };
}
