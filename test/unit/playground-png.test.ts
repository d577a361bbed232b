import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, storedDeflate } from '../../src/figures/png';

/** The IDAT payload of a PNG (the encoder writes one). */
function idat(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset);
  for (let o = 8; o < png.length; ) {
    const length = view.getUint32(o);
    if (String.fromCharCode(...png.subarray(o + 4, o + 8)) === 'IDAT') return png.subarray(o + 8, o + 8 + length);
    o += 12 + length;
  }
  throw new Error('no IDAT');
}

describe('PNG in the browser (stored deflate blocks, no zlib)', () => {
  it('writes a zlib stream that inflates back to the bytes, across block boundaries and when empty', () => {
    for (const n of [0, 1, 0xffff, 0xffff + 1, 200_000]) {
      const raw = new Uint8Array(n).map((_, i) => (i * 131 + (i >> 8)) % 256);
      expect([...inflateSync(storedDeflate(raw))]).toEqual([...raw]);
    }
  });

  it('encodes the same pixels as the build does, only less compressed', () => {
    const w = 64;
    const h = 48;
    const rgba = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) % 256));
    const stored = encodePng(w, h, rgba, storedDeflate);
    const built = encodePng(w, h, rgba);
    expect([...inflateSync(idat(stored))]).toEqual([...inflateSync(idat(built))]);
    expect(built.length).toBeLessThan(stored.length); // zlib at build time: page weight does not grow
  });
});
