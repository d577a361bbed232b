import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines } from './markup';

describe('text widths', () => {
  it('counts a Chinese character a full em, wider than a Latin letter, so Chinese legends do not run into the next entry', () => {
    expect(textWidth('方差', 10)).toBe(20);
    expect(textWidth('方差 1', 10)).toBeGreaterThan(textWidth('ab 1', 10) + 8);
    expect(textWidth('（你的 β）', 10)).toBeGreaterThanOrEqual(50);
  });
});

describe('wrapLines: a title too wide for its figure', () => {
  const title = 'GD, α0 = 0.1, decay every epoch: accuracy 0.6533';
  it('breaks at spaces into lines that fit, and leaves a short one alone', () => {
    const wrapped = wrapLines(title, 356, 16);
    const lines = wrapped.split('<br>');
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(356);
    expect(wrapLines(title, 700, 16)).toBe(title);
  });
  it('keeps the breaks it was given, and a single word too long for the width whole', () => {
    expect(wrapLines('a<br>b', 100, 16)).toBe('a<br>b');
    expect(wrapLines('supercalifragilistic', 50, 16)).toBe('supercalifragilistic');
  });
});
