import { describe, expect, it } from 'vitest';
import type { Figure } from '../runtime/snippet';
import { legendUnderPlot, renderFigureSvg } from './index';
import { assertWellFormed, findElements, pathPoints } from './svg-check';
import { FIGURE_CSS, PHONE_FIGURE, PHONE_MEDIA } from './style';
import { textWidth } from './markup';

const fig = (data: unknown[], layout: Record<string, unknown> = {}, id = 'f'): Figure => ({ id, data: data as Figure['data'], layout: layout as Figure['layout'] });

/** The plot box of the first subplot, from its clip rectangle. */
function plotBox(svg: string, index = 0) {
  const r = findElements(svg, 'rect').filter((e) => svg.includes(`<clipPath id="`))[index].attrs;
  return { left: +r.x, top: +r.y, right: +r.x + +r.width, bottom: +r.y + +r.height };
}

/** Line paths drawn for traces (legend swatches excluded: they sit outside clip groups). */
function tracePaths(svg: string): string[] {
  return [...svg.matchAll(/<g clip-path="[^"]*">([\s\S]*?)<\/g>/g)].flatMap((m) => findElements(m[1], 'path').filter((p) => p.attrs.class === 'lnf-line').map((p) => p.attrs.d));
}

function tickLabels(svg: string): Array<{ x: number; y: number; text: string; axis: 'x' | 'y' }> {
  const group = /<g class="lnf-ticks">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
  return findElements(group, 'text').map((t) => ({ x: +t.attrs.x, y: +t.attrs.y, text: t.inner, axis: t.attrs['text-anchor'] === 'middle' ? ('x' as const) : ('y' as const) }));
}

describe('renderFigureSvg: document', () => {
  const svg = renderFigureSvg(fig([{ x: [0, 1, 2], y: [1, 3, 2], name: 'loss' }], { title: { text: 'Training loss' } }));
  it('is a well-formed, scalable image with an accessible name and description', () => {
    assertWellFormed(svg);
    const root = findElements(svg, 'svg')[0].attrs;
    expect(root.role).toBe('img');
    expect(root['aria-label']).toBe('Training loss');
    expect(root.viewBox).toBe('0 0 640 400');
    expect(root.width).toBe('100%');
    expect(findElements(svg, 'title')[0].inner).toBe('Training loss');
    const desc = findElements(svg, 'desc')[0];
    expect(root['aria-describedby']).toBe(desc.attrs.id);
    expect(desc.inner).toContain('loss (lines+markers, 3 points, y from 1 to 3)');
  });
  it('takes its name from options.title, then the figure id, when the layout has no title', () => {
    expect(findElements(renderFigureSvg(fig([]), { title: 'Cost' }), 'svg')[0].attrs['aria-label']).toBe('Cost');
    expect(findElements(renderFigureSvg(fig([], {}, 'ewa')), 'svg')[0].attrs['aria-label']).toBe('Figure ewa');
  });
  it('sizes the viewBox from options, then layout', () => {
    expect(findElements(renderFigureSvg(fig([], { width: 500, height: 300 })), 'svg')[0].attrs.viewBox).toBe('0 0 500 300');
    expect(findElements(renderFigureSvg(fig([], { width: 500 }), { width: 800, height: 200 }), 'svg')[0].attrs.viewBox).toBe('0 0 800 200');
  });
  it('themes text, axes and grid through CSS custom properties, not fixed colours', () => {
    const css = findElements(svg, 'style')[0].inner;
    expect(css).toContain('fill:var(--fig-text,currentColor)');
    expect(css).toContain('stroke:var(--fig-grid,');
    expect(css).toContain('stroke:var(--fig-axis,');
    expect(svg).toContain('stroke:var(--fig-c0,#1f77b4)');
  });
  it('gives two figures with different content different id prefixes', () => {
    const other = renderFigureSvg(fig([{ x: [0, 1], y: [5, 6] }]));
    const id = (s: string) => findElements(s, 'clipPath')[0].attrs.id;
    expect(id(svg)).not.toBe(id(other));
  });
});

describe('renderFigureSvg: escaping', () => {
  const evil = '<script>alert(1)</script>';
  const svg = renderFigureSvg(
    fig(
      [
        { x: [0, 1], y: [0, 1], name: evil },
        { x: [0, 1], y: [1, 0], name: 'a & "b"', line: { color: 'red;background:url(http://x)' } },
      ],
      { title: evil, xaxis: { title: { text: `x ${evil}` } }, annotations: [{ x: 0.5, y: 0.5, text: evil, showarrow: false }] },
    ),
  );
  it('never lets a name, title or annotation open a tag', () => {
    assertWellFormed(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; &quot;b&quot;');
  });
  it('drops colours that are not plain CSS colours', () => {
    expect(svg).not.toContain('url(http');
    expect(svg).toContain('var(--fig-c1,#ff7f0e)');
  });
  it('keeps the known markup tags as tspans', () => {
    const s = renderFigureSvg(fig([], { title: 'v<sub>t</sub> and <b>bold</b><br>second line' }));
    assertWellFormed(s);
    expect(s).toContain('<tspan dy="3" font-size="75%">t</tspan>');
    expect(s).toContain('<tspan font-weight="bold">bold</tspan>');
    expect(findElements(s, 'svg')[0].attrs['aria-label']).toBe('v t and bold second line');
  });
});

describe('renderFigureSvg: lines', () => {
  it('maps the data extremes to the plot box edges when the ranges are given', () => {
    const svg = renderFigureSvg(fig([{ x: [2, 5, 9], y: [10, 40, 20] }], { xaxis: { range: [2, 9] }, yaxis: { range: [10, 40] } }));
    const box = plotBox(svg);
    const pts = pathPoints(tracePaths(svg)[0]);
    expect(pts[0]).toEqual([box.left, box.bottom]);
    expect(pts[2][0]).toBeCloseTo(box.right, 1);
    expect(pts[1][1]).toBeCloseTo(box.top, 1);
  });
  it('autoranges lines tightly in x and with 5% padding in y', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 10], y: [0, 100], mode: 'lines' }]));
    const box = plotBox(svg);
    const [[x0, y0], [x1, y1]] = pathPoints(tracePaths(svg)[0]);
    expect(x0).toBeCloseTo(box.left, 0);
    expect(x1).toBeCloseTo(box.right, 0);
    // 5% of the axis length at each end, as Plotly pads (not 5% of the data span).
    const pad = (box.bottom - box.top) * 0.05;
    expect(y0).toBeCloseTo(box.bottom - pad, 0);
    expect(y1).toBeCloseTo(box.top + pad, 0);
  });
  it('draws one path per trace, with dashes', () => {
    const svg = renderFigureSvg(fig([{ y: [1, 2, 3] }, { y: [3, 2, 1], line: { dash: 'dash' } }, { y: [2, 2, 2], line: { dash: 'dot' } }]));
    expect(tracePaths(svg)).toHaveLength(3);
    expect(svg).toMatch(/stroke-dasharray:9,9/);
    expect(svg).toMatch(/stroke-dasharray:3,3/);
  });
  it('breaks lines at null and NaN gaps', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 1, 2, 3, 4, 5, 6, 7], y: [1, 2, null, 3, 4, NaN, 5, 6], mode: 'lines' }]));
    expect(tracePaths(svg)[0].match(/M/g)).toHaveLength(3);
  });
  it('reads typed arrays exactly like plain arrays', () => {
    const plain = renderFigureSvg(fig([{ x: [0, 1, 2, 3], y: [0.5, 0.25, 0.125, 0.0625] }]));
    const typed = renderFigureSvg(fig([{ x: new Float64Array([0, 1, 2, 3]), y: new Float32Array([0.5, 0.25, 0.125, 0.0625]) }]));
    expect(typed).toBe(plain);
  });
  it('places 1e-3, 1e-2, 1e-1, 1 evenly on a log axis', () => {
    const svg = renderFigureSvg(fig([{ x: [0.001, 0.01, 0.1, 1], y: [4, 3, 2, 1], mode: 'lines' }], { xaxis: { type: 'log' } }));
    const all = tickLabels(svg).filter((t) => t.axis === 'x');
    // Plotly's D2 ticks for three decades across a wide plot: 1, 2 and 5 in each, the 2 and 5 by their digit.
    expect(all.map((t) => t.text)).toEqual(['0.001', '2', '5', '0.01', '2', '5', '0.1', '2', '5', '1']);
    const labels = all.filter((t) => t.text !== '2' && t.text !== '5');
    const gaps = labels.slice(1).map((t, i) => t.x - labels[i].x);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 0);
    const pts = pathPoints(tracePaths(svg)[0]);
    expect(pts.map((p) => p[0])).toEqual(labels.map((t) => t.x));
  });
  it('labels a 0..1 axis "0", "0.5", "1" when it is short', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 1], y: [0, 1], mode: 'lines' }], { xaxis: { range: [0, 1] } }), { width: 260, height: 200 });
    expect(tickLabels(svg).filter((t) => t.axis === 'x').map((t) => t.text)).toEqual(['0', '0.5', '1']);
  });
  it('downsamples a 50 000-point curve to at most 2000 points, keeping its extremes, under 150 KB', () => {
    const n = 50_000;
    const y = Float64Array.from({ length: n }, (_, i) => Math.exp(-i / 8000) + 0.1 * Math.sin(i * 1.7));
    y[31_337] = 3; // a spike that must survive
    const svg = renderFigureSvg(fig([{ x: Float64Array.from({ length: n }, (_, i) => i), y, mode: 'lines' }], { yaxis: { range: [-1, 3] } }));
    const pts = pathPoints(tracePaths(svg)[0]);
    expect(pts.length).toBeLessThanOrEqual(2000);
    expect(Math.min(...pts.map((p) => p[1]))).toBeCloseTo(plotBox(svg).top, 1);
    expect(svg.length).toBeLessThan(150_000);
  });
  it('fills to zero with a closed path', () => {
    const svg = renderFigureSvg(fig([{ x: [0, 1, 2], y: [1, 2, 1], fill: 'tozeroy' }]));
    expect(svg).toMatch(/<path d="M[^"]*Z" style="fill:var\(--fig-c0,#1f77b4\);fill-opacity:0.35/);
  });
});

describe('renderFigureSvg: edge cases', () => {
  const cases: Array<[string, Figure]> = [
    ['no traces', fig([])],
    ['an empty trace', fig([{ x: [], y: [] }])],
    ['a single point', fig([{ x: [3], y: [7] }])],
    ['constant data', fig([{ x: [1, 2, 3], y: [5, 5, 5] }])],
    ['all-null data', fig([{ x: [1, 2], y: [null, null] }])],
    ['a log axis with zeros and negatives', fig([{ x: [0, -1, 10, 100], y: [1, 2, 3, 4] }], { xaxis: { type: 'log' } })],
    ['huge numbers', fig([{ x: [1e300, 2e300], y: [1e-300, 2e-300] }])],
    ['an unknown trace type', fig([{ type: 'sankey', node: {} }])],
    ['an empty heatmap', fig([{ type: 'heatmap', z: [] }])],
    ['a 1x1 heatmap', fig([{ type: 'heatmap', z: [[3]] }])],
    ['a constant contour', fig([{ type: 'contour', z: [[1, 1], [1, 1]] }])],
    ['an empty histogram', fig([{ type: 'histogram', x: [] }])],
  ];
  it.each(cases)('renders %s without NaN, Infinity or broken markup', (_, figure) => {
    const svg = renderFigureSvg(figure);
    assertWellFormed(svg);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });
  it('draws a single point as a marker', () => {
    const svg = renderFigureSvg(fig([{ x: [3], y: [7] }]));
    expect(findElements(svg, 'path').filter((p) => p.attrs.class === 'lnf-mark')).toHaveLength(1);
  });
  it('names what it cannot draw in the description', () => {
    expect(findElements(renderFigureSvg(fig([{ type: 'sankey', name: 'flows' }])), 'desc')[0].inner).toContain('Not drawn until Run: flows (sankey)');
  });
});

describe('legend under the plot (legendUnderPlot)', () => {
  const two = [{ x: [0, 1], y: [0, 1], name: 'first' }, { x: [0, 1], y: [1, 0], name: 'second' }];

  it('draws the legend in rows below the plot box, and gives the plot the whole width', () => {
    const beside = renderFigureSvg(fig(two));
    const below = renderFigureSvg(fig(two, legendUnderPlot({})));
    assertWellFormed(below);
    const legendTexts = findElements(below.slice(below.indexOf('class="lnf-legend"')), 'text'); // the legend is drawn last
    expect(legendTexts.map((t) => t.inner)).toEqual(['first', 'second']);
    for (const text of legendTexts) expect(+text.attrs.y).toBeGreaterThan(plotBox(below).bottom);
    expect(plotBox(below).right).toBeGreaterThan(plotBox(beside).right);
  });

  it('shows a long name whole on a phone where it fits, and cuts one wider than the figure to its width', () => {
    const names = ['local minimum (all eigenvalues > 0)', 'a name far too long to fit on one row of a legend under a phone-wide figure, however it is set'];
    const svg = renderFigureSvg(fig(names.map((name, i) => ({ x: [0, 1], y: [i, 1 - i], name })), legendUnderPlot({})), { width: PHONE_FIGURE.width });
    const texts = findElements(svg.slice(svg.indexOf('class="lnf-legend"')), 'text');
    expect(texts[0].inner).toBe('local minimum (all eigenvalues &gt; 0)');
    expect(texts[1].inner).toMatch(/^a name far too long .*…$/);
    // The cut name ends inside the figure.
    expect(+texts[1].attrs.x + textWidth(texts[1].inner, 12)).toBeLessThanOrEqual(PHONE_FIGURE.width - 8);
  });

  it('keeps a legend the snippet placed itself', () => {
    const placed = { legend: { x: 1, y: 1 } };
    expect(legendUnderPlot(placed)).toBe(placed);
    expect(legendUnderPlot({ legend: { orientation: 'v' } }).legend).toEqual({ orientation: 'v' });
  });
});

describe('renderFigureSvg: shared CSS', () => {
  it('leaves its CSS to the page when asked, and is otherwise the same figure', () => {
    const figure = fig([{ x: [0, 1, 2], y: [3, 1, 2] }]);
    const own = renderFigureSvg(figure);
    const shared = renderFigureSvg(figure, { ownCss: false });
    expect(findElements(own, 'style')).toHaveLength(1);
    expect(findElements(shared, 'style')).toHaveLength(0);
    expect(shared).toBe(own.replace(/<style>[^<]*<\/style>/, ''));
    assertWellFormed(shared);
  });
});

describe('wide and phone drawings', () => {
  it('marks each drawing, and the page CSS shows the phone one only on a narrow screen', () => {
    const figure = fig([{ x: [0, 1, 2], y: [0, 1, 4] }]);
    const wide = findElements(renderFigureSvg(figure, { drawing: 'wide' }), 'svg')[0].attrs;
    const phone = findElements(renderFigureSvg(figure, { drawing: 'phone', width: PHONE_FIGURE.width }), 'svg')[0].attrs;
    expect(wide.class).toBe('lnf lnf-wide');
    expect(phone.class).toBe('lnf lnf-phone');
    expect(phone.viewBox).toBe(`0 0 ${PHONE_FIGURE.width} 400`);
    expect(findElements(renderFigureSvg(figure), 'svg')[0].attrs.class).toBe('lnf');
    expect(FIGURE_CSS).toContain('.lnf.lnf-phone{display:none}');
    expect(FIGURE_CSS).toContain(`@media screen and ${PHONE_MEDIA}{.lnf.lnf-wide{display:none}.lnf.lnf-phone{display:block}}`);
  });

  it('draws date strings on a date axis with Plotly\'s month labels, not as categories', () => {
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2012, 0, 1 + i)).toISOString().slice(0, 10));
    const svg = renderFigureSvg(fig([{ x: days, y: days.map((_, i) => Math.sin(i / 50)), mode: 'lines' }]), { width: 720, height: 400 });
    const ticks = findElements(svg, 'text').map((t) => t.inner);
    expect(ticks).toContain('Mar 2012');
    expect(ticks.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t))).toBe(false);
    // One line through all 366 days, left to right at even spacing (a date axis is linear in time).
    const points = pathPoints(tracePaths(svg)[0]);
    expect(points.length).toBeGreaterThan(20); // downsampled, but a line, not category marks
    expect(points[points.length - 1][0]).toBeGreaterThan(points[0][0]);
    expect(svg).toContain('dates from 2012-01-01 to 2012-12-31');
  });
});
