import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Chinese characters and full-width punctuation: a source line break between two of them shows as a space. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every Chinese page source under content/: chapters and exercise instructions. */
function chineseSources(dir = 'content'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return chineseSources(path);
    return entry.name.endsWith('.zh-cn.mdx') ? [path] : [];
  });
}

/** Lines (1-based) that end in a Chinese character when the next line starts with one. */
function spacedBreaks(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => (i + 1 < lines.length && CJK.test(line.at(-1) ?? '') && CJK.test(lines[i + 1][0] ?? '') ? [i + 1] : []));
}

describe('Chinese sources', () => {
  it('never break a line between two Chinese characters (HTML would show a space there)', () => {
    const files = chineseSources();
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => spacedBreaks(readFileSync(file, 'utf8')).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('finds such a break, and not one next to a formula or Latin text', () => {
    expect(spacedBreaks('起步阶段往下拽，\n除以这个因子')).toEqual([1]);
    expect(spacedBreaks('取 $\\beta$\n时')).toEqual([]);
    expect(spacedBreaks('梯度下降\ngradient')).toEqual([]);
  });
});
