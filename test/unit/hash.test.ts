import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/runtime/hash';
import { sourceHash } from '../../src/live-code/source-hash';

describe('fnv1a', () => {
  it('gives the published FNV-1a values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('agrees with the snippet source hash', () => {
    expect(fnv1a('plot("x", []);').toString(16).padStart(8, '0')).toBe(sourceHash('plot("x", []);'));
  });
});
