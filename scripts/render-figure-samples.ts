/**
 * Renders one sample of each trace type with renderFigureSvg into an HTML page,
 * in light and dark themes, and screenshots both with headless Chromium.
 * Run: npx tsx scripts/render-figure-samples.ts [outDir]   (default /tmp/figure-samples)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFigureSvg } from '../src/figures/index';
import type { Figure } from '../src/runtime/snippet';

const out = process.argv[2] ?? '/tmp/figure-samples';
mkdirSync(out, { recursive: true });

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(7);
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const range = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

const iters = range(5000, (i) => i);
// Typed loosely on purpose: samples also use forms @types/plotly.js rejects (string titles).
const samples = [
  {
    id: 'loss',
    data: [
      { x: iters, y: iters.map((i) => 0.7 * Math.exp(-i / 900) + 0.05 + 0.08 * Math.abs(gauss()) * Math.exp(-i / 3000)), name: 'batch size 1', type: 'scatter' },
      { x: iters, y: iters.map((i) => 0.7 * Math.exp(-i / 1200) + 0.06 + 0.01 * gauss()), name: 'batch size 64' },
      { x: iters, y: iters.map((i) => 0.7 * Math.exp(-i / 2500) + 0.07), name: 'whole batch', line: { dash: 'dash' } },
    ],
    layout: { title: { text: 'Cost against iterations' }, xaxis: { title: { text: 'iteration' } }, yaxis: { title: { text: 'cost J' } } },
  },
  {
    id: 'ewa',
    data: [
      { x: range(120, (i) => i), y: range(120, (i) => 12 + 8 * Math.sin(i / 20) + 3 * gauss()), mode: 'markers', name: 'θ (daily temp)', marker: { size: 4, opacity: 0.6 } },
      { x: range(120, (i) => i), y: range(120, (i) => 12 + 8 * Math.sin((i - 8) / 20)), name: 'β = 0.9', fill: 'tozeroy' },
    ],
    layout: { title: 'EWA <i>v</i><sub>t</sub> with fill', xaxis: { title: 'day' }, yaxis: { title: '°C' } },
  },
  {
    id: 'lr',
    data: [{ x: range(50, (i) => 10 ** (-4 + (i * 4) / 49)), y: range(50, (i) => { const a = -4 + (i * 4) / 49; return 0.3 + (a + 2) ** 2 * 0.08 + 0.02 * gauss(); }), mode: 'lines+markers', name: '<script>alert(1)</script>' }],
    layout: { title: 'Log x axis: loss vs α', xaxis: { type: 'log', title: { text: 'learning rate α' } }, yaxis: { title: { text: 'final loss' } } },
  },
  {
    id: 'bars',
    data: [
      { type: 'bar', x: ['GD', 'Momentum', 'RMSprop', 'Adam'], y: [0.72, 0.79, 0.91, 0.94], name: 'train' },
      { type: 'bar', x: ['GD', 'Momentum', 'RMSprop', 'Adam'], y: [0.7, 0.77, 0.88, 0.93], name: 'test' },
    ],
    layout: { title: 'Accuracy per optimizer (grouped bars)', yaxis: { range: [0, 1], title: { text: 'accuracy' } } },
  },
  {
    id: 'hist',
    data: [
      { type: 'histogram', x: range(2000, () => gauss()), name: 'epoch 1', opacity: 0.6, nbinsx: 40 },
      { type: 'histogram', x: range(2000, () => 1.5 + 0.6 * gauss()), name: 'epoch 20', opacity: 0.6, nbinsx: 40 },
    ],
    layout: { title: 'Histogram (overlay)', barmode: 'overlay', xaxis: { title: { text: 'z' } } },
  },
  {
    id: 'heat',
    data: [{ type: 'heatmap', z: range(10, (r) => range(10, (c) => (r === c ? 80 + Math.round(rand() * 15) : Math.round(rand() * 6)))), x: range(10, String), y: range(10, String), colorscale: 'Viridis', texttemplate: '%{z}' }],
    layout: { title: 'Confusion matrix (heatmap, Viridis)', xaxis: { title: { text: 'predicted' } }, yaxis: { title: { text: 'true' }, autorange: 'reversed' } },
  },
  {
    id: 'contour',
    data: [
      { type: 'contour', x: range(80, (i) => -3 + (6 * i) / 79), y: range(60, (j) => -2 + (4 * j) / 59), z: range(60, (j) => range(80, (i) => { const x = -3 + (6 * i) / 79; const y = -2 + (4 * j) / 59; return x * x * 0.5 + y * y * 4; })), colorscale: 'Viridis' },
      { x: [-2.8, -1.5, -1.9, -0.9, -1.1, -0.5, -0.5, -0.2, 0], y: [1.8, -1.6, 1.2, -0.9, 0.6, -0.4, 0.2, -0.1, 0], mode: 'lines+markers', name: 'gradient descent', line: { color: '#ffffff' }, marker: { color: '#ffffff' } },
    ],
    layout: { title: 'Elongated bowl (contour + trajectory)', xaxis: { title: { text: 'w₁' } }, yaxis: { title: { text: 'w₂' }, scaleanchor: 'x' }, showlegend: false },
  },
  {
    id: 'surface',
    data: [{ type: 'surface', x: range(60, (i) => -2 + (4 * i) / 59), y: range(60, (j) => -2 + (4 * j) / 59), z: range(60, (j) => range(60, (i) => { const x = -2 + (4 * i) / 59; const y = -2 + (4 * j) / 59; return x * x - y * y; })) }],
    layout: { title: 'Saddle surface (3-D preview)', scene: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'y' } } } },
  },
  {
    id: 'subplots',
    data: [
      { x: range(100, (i) => i), y: range(100, (i) => 1 / (1 + i * 0.05)), name: '1/(1+decay·t)' },
      { x: range(100, (i) => i), y: range(100, (i) => 0.95 ** i), name: '0.95^t' },
      { x: range(100, (i) => i), y: range(100, (i) => 0.5 ** Math.floor(i / 25)), name: 'staircase', xaxis: 'x2', yaxis: 'y2', line: { shape: 'hv' } },
    ],
    layout: { title: 'Subplots 1×2 with annotation and shape', xaxis: { domain: [0, 0.45], title: { text: 'epoch' } }, yaxis: { title: { text: 'α / α₀' } }, xaxis2: { domain: [0.55, 1], anchor: 'y2', title: { text: 'epoch' } }, yaxis2: { anchor: 'x2', type: 'log' }, annotations: [{ x: 50, y: 0.25, xref: 'x2', yref: 'y2', text: 'halves every 25', showarrow: true }], shapes: [{ type: 'line', x0: 0, x1: 99, y0: 0.5, y1: 0.5, line: { dash: 'dot', width: 1 } }] },
  },
  {
    id: 'stack',
    data: [
      { x: range(200, (i) => i / 20), y: range(200, (i) => Math.sin(i / 20) * 1e-4), name: 'tiny values' },
      { x: range(200, (i) => i / 20), y: range(200, (i) => Math.cos(i / 20) * 1e-4), name: 'dotted', line: { dash: 'dot' }, xaxis: 'x', yaxis: 'y2' },
      { x: range(40, (i) => i * 25000), y: range(40, (i) => 3e6 + i * i * 1000), xaxis: 'x3', yaxis: 'y3', name: 'huge values', mode: 'markers' },
    ],
    layout: { title: 'Grid 3×1: tiny and huge numbers', grid: { rows: 3, columns: 1 }, yaxis2: { domain: [0.4, 0.6] }, xaxis3: { anchor: 'y3' }, yaxis3: { anchor: 'x3' } },
  },
  {
    id: 'cloud',
    data: [
      { x: range(150, () => gauss() - 1), y: range(150, () => gauss()), mode: 'markers', name: 'class 0' },
      { x: range(150, () => gauss() + 1.5), y: range(150, () => gauss() + 0.5), mode: 'markers', name: 'class 1' },
      { x: range(150, () => gauss() + 0.2), y: range(150, () => gauss() - 2), mode: 'markers', name: 'class 2', marker: { symbol: 'circle' } },
    ],
    layout: { title: 'Markers (legend, colorway)', legend: { orientation: 'h' } },
  },
  { id: 'empty', data: [{ x: [], y: [] }, { x: [3], y: [0.5] }], layout: { title: 'Empty trace + single point' } },
] as unknown as Figure[];

const css = `body{margin:0;padding:16px;background:var(--bg);color:var(--text);font-family:system-ui,sans-serif}
:root{--bg:#fff;--text:#1d2330;--fig-text:#2a3140;--fig-axis:#5b6475;--fig-grid:#e6e9ef}
:root[data-theme=dark]{--bg:#12151c;--text:#e3e6ec;--fig-text:#dfe3ea;--fig-axis:#a3abba;--fig-grid:#2b313d}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:14px}.cell{border:1px solid #8884;padding:4px}`;
const sizes: string[] = [];
const cells = samples.map((f) => {
  const svg = renderFigureSvg(f);
  sizes.push(`${f.id}: ${(svg.length / 1024).toFixed(1)} KB`);
  writeFileSync(join(out, `${f.id}.svg`), svg);
  return `<div class="cell">${svg}</div>`;
});
for (const theme of ['light', 'dark']) {
  const html = `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="grid">${cells.join('')}</div></body></html>`;
  const file = join(out, `samples-${theme}.html`);
  writeFileSync(file, html);
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${join(out, `samples-${theme}.png`)}`, '--window-size=1200,2500', `file://${file}`], { stdio: 'ignore' });
}
console.log(sizes.join('\n'));
console.log(`Screenshots: ${join(out, 'samples-light.png')}, ${join(out, 'samples-dark.png')}`);
