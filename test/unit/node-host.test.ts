import { describe, expect, it } from 'vitest';
import { runSnippetFile } from '@node-host';

const snippet = new URL('./fixtures/remembering-snippet.ts', import.meta.url);

describe('runSnippetFile: a fresh module instance per run', () => {
  it('runs the file beside the test again with other knobs', async () => {
    const first = await runSnippetFile(snippet);
    const second = await runSnippetFile(snippet, { knobs: { scale: 5 } });
    expect(first.exports.scale).toBe(2);
    expect(second.exports.scale).toBe(5);
    expect(second.knobs.map((k) => k.name)).toEqual(['scale']);
  });

  it("does not carry one run's module state into the next", async () => {
    const first = await runSnippetFile(snippet, { knobs: { scale: 3 } });
    (first.exports.notes as string[]).push('left behind');
    const second = await runSnippetFile(snippet, { knobs: { scale: 4 } });
    expect(second.exports.notes).toEqual(['scale 4']);
    expect(first.exports.notes).toEqual(['scale 3', 'left behind']);
  });

  it('fails a run whose knobs the snippet does not declare', async () => {
    await expect(runSnippetFile(snippet, { knobs: { sclae: 1 } })).rejects.toThrow('no knob named sclae');
  });
});
