import { describe, expect, it } from 'vitest';
import { textWidth } from './markup';

describe('text widths', () => {
  it('counts a Chinese character a full em, wider than a Latin letter, so Chinese legends do not run into the next entry', () => {
    expect(textWidth('方差', 10)).toBe(20);
    expect(textWidth('方差 1', 10)).toBeGreaterThan(textWidth('ab 1', 10) + 8);
    expect(textWidth('（你的 β）', 10)).toBeGreaterThanOrEqual(50);
  });
});
