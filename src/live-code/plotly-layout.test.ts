import { describe, expect, it } from 'vitest';
import { layoutWithInk } from './plotly-board';

const ink = { text: '#222', grid: '#eee', line: '#444' };
const title = 'GD, α0 = 0.1, decay every epoch: accuracy 0.6533';

describe('layoutWithInk: the live layout of a figure', () => {
  it('wraps a title too long for the figure\'s width onto two lines, with room above the plot for both', () => {
    const phone = layoutWithInk({ title: { text: title, x: 0.5 } }, ink, 358);
    expect((phone.title as { text: string }).text.split('<br>')).toHaveLength(2);
    expect((phone.title as { x: number }).x).toBe(0.5); // the rest of the title is kept
    const desktop = layoutWithInk({ title: { text: title } }, ink, 736);
    expect((desktop.title as { text: string }).text).toBe(title);
    expect(phone.margin!.t).toBeGreaterThan(desktop.margin!.t!);
  });

  it('leaves a figure without a title, or a layout with no width known, as it was', () => {
    expect(layoutWithInk({}, ink, 358).title).toBeUndefined();
    expect((layoutWithInk({ title: title as never }, ink).title as unknown)).toBe(title);
  });
});
