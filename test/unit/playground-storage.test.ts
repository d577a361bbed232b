/** Saved edits (versioned by source hash) and share links. */
import { describe, expect, it } from 'vitest';
import { shareLink, readShareHash } from '../../src/playground/share';
import { sourceHash } from '../../src/playground/source-hash';
import { clearEdit, editKey, loadEdit, saveEdit, type EditStore } from '../../src/playground/storage';

function memoryStore(): EditStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const id = '02-exponentially-weighted-averages/temperatures.ts';
const original = "const beta = knob('beta', 0.9, { min: 0.5, max: 0.999 });\n";
const edited = "const beta = knob('beta', 0.98, { min: 0.5, max: 0.999 });\n";

describe('sourceHash()', () => {
  it('is stable, 8 hex digits, and changes with the source', () => {
    expect(sourceHash(original)).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash(original)).toBe(sourceHash(original));
    expect(sourceHash(edited)).not.toBe(sourceHash(original));
  });
});

describe('saved edits', () => {
  it('round-trips an edit made on the current version', () => {
    const store = memoryStore();
    expect(saveEdit(store, id, edited, original, sourceHash(original), 1000)).toBe(true);
    expect(loadEdit(store, id, sourceHash(original))).toEqual({ code: edited, outdated: false, savedAt: 1000 });
  });

  it('says when the edit is based on an older version of the snippet', () => {
    const store = memoryStore();
    saveEdit(store, id, edited, original, sourceHash(original));
    const authorChanged = `${original}// the author added a line\n`;
    expect(loadEdit(store, id, sourceHash(authorChanged))?.outdated).toBe(true);
  });

  it('keeps no edit when the code equals the original again', () => {
    const store = memoryStore();
    saveEdit(store, id, edited, original, sourceHash(original));
    saveEdit(store, id, original, original, sourceHash(original));
    expect(store.map.has(editKey(id))).toBe(false);
    expect(loadEdit(store, id, sourceHash(original))).toBeNull();
  });

  it('keeps snippets apart and clears one on Reset', () => {
    const store = memoryStore();
    saveEdit(store, id, edited, original, 'h1');
    saveEdit(store, 'other/x.ts', 'x', 'y', 'h2');
    clearEdit(store, id);
    expect(loadEdit(store, id, 'h1')).toBeNull();
    expect(loadEdit(store, 'other/x.ts', 'h2')?.code).toBe('x');
  });

  it('survives broken or foreign values and a full storage', () => {
    const store = memoryStore();
    store.setItem(editKey(id), '{not json');
    expect(loadEdit(store, id, 'h')).toBeNull();
    store.setItem(editKey(id), '{"something":"else"}');
    expect(loadEdit(store, id, 'h')).toBeNull();
    const full: EditStore = { ...store, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveEdit(full, id, edited, original, 'h')).toBe(false);
  });
});

describe('share links', () => {
  it('round-trips code with every kind of character through the URL hash', () => {
    const code = "import { plot } from '@snippet';\n// β = 0.9, α → 1e-3; 100% & <tags> + \"quotes\" #hash ?q=1\nplot('x', [{ y: [1, 2] }]);\n";
    const link = shareLink('http://localhost:4321/notes/chapters/02-ewa/?x=1#old', { snippetId: id, code });
    const url = new URL(link);
    expect(url.pathname).toBe('/notes/chapters/02-ewa/');
    expect(url.search).toBe('?x=1');
    expect(readShareHash(url.hash)).toEqual({ snippetId: id, code });
  });

  it('compresses: a long snippet gives a much shorter link', () => {
    const code = Array.from({ length: 60 }, (_, i) => `const value${i} = knob('v${i}', 0.5, { min: 0, max: 1 });`).join('\n');
    const link = shareLink('http://h/p/', { snippetId: id, code });
    expect(link.length).toBeLessThan(code.length / 2);
  });

  it('ignores hashes that are not share links or do not decode', () => {
    expect(readShareHash('#section-2')).toBeNull();
    expect(readShareHash('')).toBeNull();
    expect(readShareHash('#share=a.ts')).toBeNull();
    expect(readShareHash('#share=a.ts&code=%%%')).toBeNull();
  });
});
