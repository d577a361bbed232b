import { describe, expect, it } from 'vitest';
import { renderFigureSvg } from '../figures';
import { warmSvgRenderer, warmUpFigures } from './svg-figure';

describe('warming up the SVG renderer', () => {
  it('draws one figure per idle slice, never two in one', () => {
    const slices: (() => void)[] = [];
    warmSvgRenderer((work) => void slices.push(work));
    // Only the first slice is asked for until it has run.
    expect(slices).toHaveLength(1);
    let ran = 0;
    while (ran < slices.length) slices[ran++]!();
    expect(ran).toBe(warmUpFigures().length);
  });

  it('takes the renderer through lines, markers, level lines and a filled raster', () => {
    const [lines, levels, bands] = warmUpFigures().map((figure) => renderFigureSvg(figure));
    // Markers are round-capped zero-length strokes.
    expect(lines).toMatch(/<path class="lnf-mark" d="M[\d.]+ [\d.]+h0m/);
    expect(lines).toMatch(/<path class="lnf-line" d="M[\d.]+ [\d.]+l/);
    expect(levels).not.toMatch(/<image/);
    expect(levels).toMatch(/<path/);
    expect(bands).toMatch(/<image[^>]*data:image\/png;base64,/);
  });
});
