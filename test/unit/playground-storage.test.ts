/** Saved edits (versioned by source hash) and share links. */
import { describe, expect, it } from 'vitest';
import { MAX_SHARED_CODE_CHARS, parseShareHash, shareLink, readShareHash } from '../../src/playground/share';
import { compressToEncodedURIComponent } from 'lz-string';
import { sourceHash } from '../../src/live-code/source-hash';
import { backupKey, clearBackup, clearEdit, editKey, loadBackup, loadEdit, saveBackup, saveEdit, type EditStore } from '../../src/playground/storage';

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

describe('broken share links', () => {
  const problem = (hash: string) => {
    const parsed = parseShareHash(hash);
    return parsed && 'problem' in parsed ? parsed.problem : null;
  };

  it('names the problem of a link that is cut short, garbage or empty, for the snippet it names', () => {
    const link = new URL(shareLink('http://h/p/', { snippetId: id, code: 'const a = 1;\nconsole.log(a * 2);\n' }));
    expect(parseShareHash(link.hash)).toEqual({ snippetId: id, code: 'const a = 1;\nconsole.log(a * 2);\n' });
    // (The last character or so can be padding: a link cut by one character may still hold all the code.)
    for (const cut of [4, 10, Math.floor(link.hash.length / 3)]) expect(problem(link.hash.slice(0, -cut))).toMatch(/cannot be read/);
    expect(problem(`#share=${encodeURIComponent(id)}&code=garbage-garbage`)).toMatch(/cannot be read/);
    expect(problem(`#share=${encodeURIComponent(id)}`)).toMatch(/no code/);
    expect(parseShareHash('#share=a.ts&code=%%%')?.snippetId).toBe('a.ts');
  });

  it('still opens an older link without a fingerprint', () => {
    expect(readShareHash(`#share=a.ts&code=${compressToEncodedURIComponent('let x = 1;')}`)).toEqual({ snippetId: 'a.ts', code: 'let x = 1;' });
  });

  it('refuses code over the size limit, and an absurdly long compressed part without reading it', () => {
    const huge = 'const filler = 1; // one line of a very long program\n'.repeat(Math.ceil(MAX_SHARED_CODE_CHARS / 50));
    expect(huge.length).toBeGreaterThan(MAX_SHARED_CODE_CHARS);
    expect(problem(new URL(shareLink('http://h/p/', { snippetId: id, code: huge })).hash)).toMatch(/more than 200 KB/);
    expect(problem(`#share=a.ts&code=${'A'.repeat(6 * MAX_SHARED_CODE_CHARS)}`)).toMatch(/more than 200 KB/);
  });
});

describe('share-over-edit backup', () => {
  it('keeps the replaced edit under its own key until cleared', () => {
    const store = memoryStore();
    expect(saveBackup(store, id, 'my edit')).toBe(true);
    expect(store.getItem(backupKey(id))).toBe('my edit');
    expect(loadBackup(store, id)).toBe('my edit');
    clearBackup(store, id);
    expect(loadBackup(store, id)).toBeNull();
    const full: EditStore = { ...store, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveBackup(full, id, 'x')).toBe(false);
  });
});
