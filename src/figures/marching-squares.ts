/**
 * Contour lines of a grid at one level by marching squares, with the segments
 * joined into polylines. Points are in grid index space: (column, row), fractional.
 */

/** A polyline in grid index space. */
export type GridLine = Array<[number, number]>;

/** Lines where the bilinear surface through `z` (rows of columns) crosses `level`. NaN cells are skipped. */
export function contourLines(z: readonly (readonly number[])[], level: number): GridLine[] {
  const rows = z.length;
  const cols = rows ? z[0].length : 0;
  // An edge crossing is keyed by edge id: horizontal edge (r, c)-(r, c+1) = 2*(r*cols+c), vertical (r, c)-(r+1, c) = 2*(r*cols+c)+1.
  const point = new Map<number, [number, number]>();
  const links = new Map<number, number[]>();
  const cross = (a: number, b: number) => (a < level) !== (b < level);
  const frac = (a: number, b: number) => (level - a) / (b - a);
  const edgePoint = (id: number): [number, number] => {
    let p = point.get(id);
    if (!p) {
      const cell = id >> 1;
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      p = id & 1 ? [c, r + frac(z[r][c], z[r + 1][c])] : [c + frac(z[r][c], z[r][c + 1]), r];
      point.set(id, p);
    }
    return p;
  };
  const link = (a: number, b: number) => {
    edgePoint(a);
    edgePoint(b);
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  };
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      const v00 = z[r][c], v01 = z[r][c + 1], v10 = z[r + 1][c], v11 = z[r + 1][c + 1];
      if (![v00, v01, v10, v11].every(Number.isFinite)) continue;
      const top = 2 * (r * cols + c);
      const bottom = 2 * ((r + 1) * cols + c);
      const left = 2 * (r * cols + c) + 1;
      const right = 2 * (r * cols + c + 1) + 1;
      const edges: number[] = [];
      if (cross(v00, v01)) edges.push(top);
      if (cross(v01, v11)) edges.push(right);
      if (cross(v10, v11)) edges.push(bottom);
      if (cross(v00, v10)) edges.push(left);
      if (edges.length === 2) link(edges[0], edges[1]);
      else if (edges.length === 4) {
        // Saddle cell: decide by the centre value which corners connect.
        const centre = (v00 + v01 + v10 + v11) / 4;
        if ((centre < level) === (v00 < level)) {
          link(top, right);
          link(bottom, left);
        } else {
          link(top, left);
          link(bottom, right);
        }
      }
    }
  }
  const used = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
  const lines: GridLine[] = [];
  // Start at open ends first (degree 1) so open lines come out whole, then close loops.
  const starts = [...links.keys()].sort((a, b) => links.get(a)!.length - links.get(b)!.length);
  for (const start of starts) {
    for (const next of links.get(start)!) {
      if (used.has(key(start, next))) continue;
      const line: GridLine = [edgePoint(start)];
      let prev = start;
      let cur = next;
      used.add(key(prev, cur));
      for (;;) {
        line.push(edgePoint(cur));
        const onward = links.get(cur)!.find((n) => n !== prev && !used.has(key(cur, n))) ?? links.get(cur)!.find((n) => !used.has(key(cur, n)));
        if (onward === undefined) break;
        used.add(key(cur, onward));
        prev = cur;
        cur = onward;
      }
      lines.push(line);
    }
  }
  return lines;
}
