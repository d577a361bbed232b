import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../runtime/snippet';
import { histogramBins } from './histogram';
import { renderFigureSvg } from './index';
import { contourLines } from './marching-squares';
import { downsampleRun } from './downsample';
import { assertWellFormed, findElements } from './svg-check';

const fig = (data: unknown[], layout: Record<string, unknown> = {}): Figure => ({ id: 't', data: data as Figure['data'], layout: layout as Figure['layout'] });
const seeded = (seed: number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

/** Subpaths ("M...z") of the filled bar paths inside clip groups. */
function barRects(svg: string): Array<{ x: number; y: number; w: number; h: number }> {
  const inner = [...svg.matchAll(/<g clip-path="[^"]*">([\s\S]*?)<\/g>/g)].map((m) => m[1]).join('');
  return [...inner.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)].map((m) => ({ x: +m[1], y: +m[2], w: +m[3], h: +m[4] }));
}

describe('histogramBins', () => {
  const rand = seeded(3);
  const data = Array.from({ length: 1000 }, () => rand() * 10);
  it('counts every value exactly once', () => {
    expect(histogramBins(data).counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(histogramBins([...data, NaN, NaN]).counts.reduce((a, b) => a + b, 0)).toBe(1000);
  });
  it('drops the empty bins at both ends of a given range, as Plotly does, so the axis covers only the data', () => {
    const bins = histogramBins([-1.9, -0.2, 0.1, 1.7], { start: -7.5, end: 12, size: 0.5 });
    expect(bins.start).toBe(-2);
    expect(bins.counts).toEqual([1, 0, 0, 1, 1, 0, 0, 1]); // -2, -0.5, 0 and 1.5 open the bins with data
  });
  it('respects nbinsx as a target (nice sizes, never more than nbinsx + 1 bins)', () => {
    for (const nbins of [5, 10, 20, 50]) {
      const bins = histogramBins(data, { nbins });
      expect(bins.counts.length).toBeLessThanOrEqual(nbins + 1);
      expect(bins.counts.length).toBeGreaterThanOrEqual(nbins / 2.5);
    }
    expect(histogramBins(data, { nbins: 10 }).size).toBe(1);
  });
  it('uses explicit xbins start and size', () => {
    const bins = histogramBins([0.5, 1.5, 1.6, 2.5], { start: 0, size: 1 });
    expect(bins).toEqual({ start: 0, size: 1, counts: [1, 2, 1] });
  });
  it('handles constant data and no data', () => {
    expect(histogramBins([4, 4, 4]).counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(histogramBins([]).counts).toEqual([]);
  });
  it('draws one bar per non-empty bin with heights proportional to counts', () => {
    const x = [0.5, 1.5, 1.6, 2.5, 2.6, 2.7];
    const svg = renderFigureSvg(fig([{ type: 'histogram', x, xbins: { start: 0, size: 1 } }]));
    const bars = barRects(svg).sort((a, b) => a.x - b.x);
    expect(bars).toHaveLength(3);
    expect(bars[1].h / bars[0].h).toBeCloseTo(2, 1);
    expect(bars[2].h / bars[0].h).toBeCloseTo(3, 1);
    // Histograms have no gap between bins.
    expect(bars[1].x).toBeCloseTo(bars[0].x + bars[0].w, 0);
  });
});

describe('bar', () => {
  it('groups two traces side by side per category', () => {
    const svg = renderFigureSvg(fig([
      { type: 'bar', x: ['a', 'b', 'c', 'd'], y: [1, 2, 3, 4], name: 'train' },
      { type: 'bar', x: ['a', 'b', 'c', 'd'], y: [2, 1, 2, 1], name: 'test' },
    ]));
    const bars = barRects(svg);
    expect(bars).toHaveLength(8);
    const firstA = bars[0];
    const secondA = bars[4];
    expect(secondA.x).toBeCloseTo(firstA.x + firstA.w, 0);
    for (const label of ['a', 'b', 'c', 'd', 'train', 'test']) expect(svg).toContain(`>${label}</text>`);
  });
  it('stacks bars in stack mode', () => {
    const svg = renderFigureSvg(fig([{ type: 'bar', x: ['a'], y: [1] }, { type: 'bar', x: ['a'], y: [3] }], { barmode: 'stack' }));
    const [low, high] = barRects(svg);
    expect(high.y + high.h).toBeCloseTo(low.y, 0);
    expect(high.h / low.h).toBeCloseTo(3, 1);
  });
});

describe('heatmap', () => {
  const z = [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7], [4, 5, 6, 7, 8]];
  it('draws one rect per cell for small grids, skipping null cells', () => {
    const cells = (s: string) => findElements(/<g class="lnf-cells">([\s\S]*?)<\/g>/.exec(s)![1], 'rect');
    expect(cells(renderFigureSvg(fig([{ type: 'heatmap', z }])))).toHaveLength(20);
    const holed = z.map((row) => [...row]) as (number | null)[][];
    holed[1][1] = null;
    expect(cells(renderFigureSvg(fig([{ type: 'heatmap', z: holed }])))).toHaveLength(19);
  });
  it('colours the lowest cell with the first colorscale stop and the highest with the last', () => {
    const svg = renderFigureSvg(fig([{ type: 'heatmap', z, colorscale: 'Viridis' }]));
    const fills = findElements(svg, 'rect').map((r) => r.attrs.fill).filter(Boolean);
    expect(fills).toContain('#440154');
    expect(fills).toContain('#fde725');
  });
  it('uses RdBu by default, like Plotly', () => {
    const fills = findElements(renderFigureSvg(fig([{ type: 'heatmap', z }])), 'rect').map((r) => r.attrs.fill);
    expect(fills).toContain('#050aac');
    expect(fills).toContain('#b20a1c');
  });
  it('rasterises a 300x200 grid into one PNG of at most 100x100 pixels, under 150 KB', () => {
    const big = Array.from({ length: 200 }, (_, r) => Float64Array.from({ length: 300 }, (_, c) => Math.sin(r / 20) * Math.cos(c / 30)));
    const svg = renderFigureSvg(fig([{ type: 'heatmap', z: big }]));
    const images = findElements(svg, 'image');
    expect(images).toHaveLength(1);
    expect(findElements(svg, 'rect').length).toBeLessThan(10);
    const png = Buffer.from(images[0].attrs.href.replace('data:image/png;base64,', ''), 'base64');
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(w).toBeLessThanOrEqual(100);
    expect(h).toBeLessThanOrEqual(100);
    expect(svg.length).toBeLessThan(150_000);
  });
  it('maps a 60x40 grid to exactly one pixel per cell', () => {
    const grid = Array.from({ length: 40 }, (_, r) => Array.from({ length: 60 }, (_, c) => r * 60 + c));
    const href = findElements(renderFigureSvg(fig([{ type: 'heatmap', z: grid }])), 'image')[0].attrs.href;
    const png = Buffer.from(href.split(',')[1], 'base64');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([60, 40]);
    // The image's first row is the top of the plot, which is the last row of z (y grows upwards).
    const idat = png.subarray(png.indexOf('IDAT') + 4);
    const raw = inflateSync(idat.subarray(0, idat.length - 4 - 12));
    expect([...raw.subarray(1, 4)]).not.toEqual([5, 10, 172]);
    expect([...raw.subarray(raw.length - 60 * 3 + 0, raw.length - 60 * 3 + 3)]).toEqual([5, 10, 172]);
  });
  it('writes cell labels for a confusion matrix, escaped', () => {
    const svg = renderFigureSvg(fig([{ type: 'heatmap', z: [[5, 1], [0, 7]], texttemplate: '%{z}', x: ['cat', '<dog>'], y: ['cat', '<dog>'] }]));
    assertWellFormed(svg);
    const labels = findElements(/<g class="lnf-celltext">([\s\S]*?)<\/g>/.exec(svg)![1], 'text').map((t) => t.inner);
    expect(labels.sort()).toEqual(['0', '1', '5', '7']);
    expect(svg).toContain('&lt;dog&gt;');
  });
});

describe('contour and surface', () => {
  const n = 41;
  const xs = Array.from({ length: n }, (_, i) => -2 + (4 * i) / (n - 1));
  const bowl = xs.map((y) => xs.map((x) => x * x + y * y));
  it('fills a contour as an image and draws level lines', () => {
    const svg = renderFigureSvg(fig([{ type: 'contour', x: xs, y: xs, z: bowl, contours: { start: 1, end: 3, size: 1 } }]));
    expect(findElements(svg, 'image')).toHaveLength(1);
    const lines = findElements(svg, 'path').filter((p) => p.attrs.class === 'lnf-line');
    expect(lines).toHaveLength(1);
    expect(lines[0].attrs.d.match(/M/g)).toHaveLength(3);
  });
  it('draws a surface from above with a note that the 3-D view loads on Run', () => {
    const svg = renderFigureSvg(fig([{ type: 'surface', x: xs, y: xs, z: bowl }], { scene: { xaxis: { title: { text: 'w1' } } } }));
    expect(svg).toContain('3-D view loads on Run');
    // in the page's language when told
    const zh = renderFigureSvg({ id: 's', data: [{ type: 'surface', z: [[0, 1], [1, 2]] }], layout: {} } as never, { surfaceNote: '点击“运行”后显示三维视图' });
    expect(zh).toContain('点击“运行”后显示三维视图');
    expect(zh).not.toContain('3-D view loads on Run');
    expect(svg).toContain('>w1</text>');
    expect(findElements(svg, 'image')).toHaveLength(1);
    expect(findElements(svg, 'desc')[0].inner).toContain('surface of 41×41 values');
  });
  it('redraws a grid it drew before from memory, and anew when anything it depends on changes', () => {
    const contour = (z: number[][], extra: Record<string, unknown> = {}, layout: Record<string, unknown> = {}) =>
      renderFigureSvg(fig([{ type: 'contour', x: xs, y: xs, z, ...extra }, { x: [0, 1], y: [0, 1] }], layout));
    const lineCount = (svg: string) => findElements(svg, 'path').filter((p) => p.attrs.class === 'lnf-line').map((p) => p.attrs.d.match(/M/g)!.length);
    const first = contour(bowl);
    expect(contour(bowl.map((row) => [...row]))).toBe(first); // equal values, new arrays: the same drawing
    // One value moved: a different drawing, the same as a renderer that never saw the first one would make.
    const dented = bowl.map((row, r) => row.map((v, c) => (r === 20 && c === 20 ? v + 0.5 : v)));
    const afterDent = contour(dented);
    expect(afterDent).not.toBe(first);
    expect(findElements(afterDent, 'image')[0].attrs.href).not.toBe(findElements(first, 'image')[0].attrs.href);
    expect(lineCount(contour(bowl, { contours: { start: 1, end: 3, size: 1 } }))[0]).toBe(3); // other levels: three circles
    expect(contour(bowl, { colorscale: 'Greys' })).not.toBe(first);
    expect(contour(bowl, {}, { xaxis: { range: [-1, 1] } })).not.toBe(first); // other axes
    expect(contour(bowl)).toBe(first);
  });
  it('marching squares finds a closed circle of the right radius', () => {
    const lines = contourLines(bowl, 1);
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(line[0]).toEqual(line[line.length - 1]);
    const step = 4 / (n - 1);
    for (const [c, r] of line) expect(Math.hypot(-2 + c * step, -2 + r * step)).toBeCloseTo(1, 1);
  });
});

describe('subplots, annotations and shapes', () => {
  const clipBoxes = (svg: string) => findElements(svg, 'clipPath').map((c) => findElements(c.inner, 'rect')[0].attrs).map((r) => ({ left: +r.x, top: +r.y, right: +r.x + +r.width, bottom: +r.y + +r.height }));
  it('places a 1x2 grid side by side from xaxis2.domain', () => {
    const svg = renderFigureSvg(fig([{ y: [1, 2] }, { y: [2, 1], xaxis: 'x2', yaxis: 'y2' }], { xaxis: { domain: [0, 0.45] }, xaxis2: { domain: [0.55, 1], anchor: 'y2' }, yaxis2: { anchor: 'x2' } }));
    const [a, b] = clipBoxes(svg);
    expect(a.right).toBeLessThan(b.left);
    expect(a.top).toBe(b.top);
    expect(a.bottom).toBe(b.bottom);
  });
  it('stacks a 2x1 layout.grid vertically', () => {
    const svg = renderFigureSvg(fig([{ y: [1, 2] }, { y: [2, 1], xaxis: 'x2', yaxis: 'y2' }], { grid: { rows: 2, columns: 1 } }));
    const [a, b] = clipBoxes(svg);
    expect(a.bottom).toBeLessThan(b.top);
    expect(a.left).toBe(b.left);
  });
  it('draws annotations and line shapes in data coordinates', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 10], y: [0, 10], mode: 'lines' }], { annotations: [{ x: 5, y: 5, text: 'minimum', showarrow: false }], shapes: [{ type: 'line', x0: 0, x1: 10, y0: 5, y1: 5 }] }));
    const note = findElements(svg, 'text').find((t) => t.inner === 'minimum')!;
    const shape = /<g class="lnf-shapes[^"]*"><path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(+note.attrs.y).toBeCloseTo(+shape[2], 0);
    expect(+note.attrs.x).toBeCloseTo((+shape[1] + +shape[3]) / 2, 0);
  });
  it('lists a legendonly trace in the legend without drawing it or stretching the axes', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 1], y: [0, 1], name: 'on' }, { x: [0, 1], y: [100, 200], name: 'off', visible: 'legendonly' }]));
    expect(svg).toContain('>off</text>');
    expect(svg).not.toContain('>200</text>');
    expect([...svg.matchAll(/<g clip-path=/g)]).toHaveLength(1);
  });
  it('shows a legend for several traces, not for one', () => {
    expect(renderFigureSvg(fig([{ y: [1, 2], name: 'only' }]))).not.toContain('lnf-legend');
    const svg = renderFigureSvg(fig([{ y: [1, 2], name: 'adam' }, { y: [2, 1], name: 'sgd' }]));
    expect(svg).toContain('>adam</text>');
    expect(svg).toContain('>sgd</text>');
  });
});

describe('downsampleRun', () => {
  it('keeps a trajectory (x not monotone) within 2000 points and keeps its end points', () => {
    const n = 20_000;
    const xs = Array.from({ length: n }, (_, i) => 300 + 200 * Math.cos(i / 500) * Math.exp(-i / 9000));
    const ys = Array.from({ length: n }, (_, i) => 200 + 150 * Math.sin(i / 500) * Math.exp(-i / 9000));
    const out = downsampleRun({ xs, ys });
    expect(out.xs.length).toBeLessThanOrEqual(2000);
    expect([out.xs[0], out.ys[0]]).toEqual([xs[0], ys[0]]);
    expect(out.xs[out.xs.length - 1]).toBe(xs[n - 1]);
  });
});
