import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base64, crc32, encodePng } from './png';

function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array; crcOk: boolean }> {
  const view = new DataView(png.buffer, png.byteOffset);
  const out = [];
  for (let o = 8; o < png.length; ) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + len);
    out.push({ type, data, crcOk: view.getUint32(o + 8 + len) === crc32(png, o + 4, o + 8 + len) });
    o += 12 + len;
  }
  return out;
}

describe('encodePng', () => {
  it('writes a valid PNG that zlib decodes back to the pixels (opaque image as RGB)', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255]);
    const png = encodePng(2, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const header = new DataView(parts[0].data.buffer, parts[0].data.byteOffset);
    expect([header.getUint32(0), header.getUint32(4), parts[0].data[8], parts[0].data[9]]).toEqual([2, 2, 8, 2]);
    const raw = inflateSync(parts[1].data);
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });
  it('keeps alpha when some pixels are transparent, and splits big data into stored blocks', () => {
    const w = 200;
    const h = 100;
    const rgba = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? (i % 8 === 3 ? 0 : 255) : i % 251));
    const parts = chunks(encodePng(w, h, rgba));
    expect(parts[0].data[9]).toBe(6);
    const raw = inflateSync(parts[1].data);
    expect(raw.length).toBe(h * (w * 4 + 1));
    expect([...raw.subarray(1, 9)]).toEqual([...rgba.subarray(0, 8)]);
  });
  it('rejects a buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/expected 16 bytes/);
  });
});

describe('base64', () => {
  it('matches Node for every padding case', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37) % 256);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
