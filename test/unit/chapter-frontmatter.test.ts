/** The chapter frontmatter rules fail with one plain message naming the file and the field. */
import { describe, expect, it } from 'vitest';
import { frontmatterProblem } from '../../src/lib/chapter-frontmatter';

const file = 'content/chapters/02-exponentially-weighted-averages/index.mdx';
const good = { title: 'Exponentially weighted averages', summary: 'A running average that forgets slowly.', sections: '2.3-2.5', keyFigure: 'temperatures.ts' };

describe('chapter frontmatter', () => {
  it('accepts a real chapter', () => {
    expect(frontmatterProblem(file, good)).toBeUndefined();
  });

  it('names the file and a missing field, in plain text', () => {
    const { title: _, ...untitled } = good;
    const problem = frontmatterProblem(file, untitled);
    expect(problem).toBe(`${file}: field "title" is missing`);
    expect(problem).not.toContain('**');
  });

  it('names a malformed field and an unknown one', () => {
    expect(frontmatterProblem(file, { ...good, sections: 'week 2' })).toBe(`${file}: field "sections" must look like "2.6-2.8" or "2.1, 2.3"`);
    expect(frontmatterProblem(file, { ...good, author: 'me' })).toBe(`${file}: unknown field "author"`);
  });

  it('fails at once when keyFigure names a snippet that is not beside the chapter', () => {
    const problem = frontmatterProblem(file, { ...good, keyFigure: 'no-such-snippet.ts' });
    expect(problem).toBe(`${file}: field "keyFigure" names no-such-snippet.ts, which is not a file in content/chapters/02-exponentially-weighted-averages/`);
  });
});
