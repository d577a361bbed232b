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
  it('writes an image of few colours (contour bands) as palette indices that decode back to the pixels', () => {
    const w = 60;
    const h = 40;
    const bands = [[20, 40, 200, 255], [250, 250, 0, 255], [0, 0, 0, 0]];
    const rgba = new Uint8Array(w * h * 4);
    for (let p = 0; p < w * h; p++) rgba.set(bands[Math.floor(((p % w) + Math.floor(p / w)) / 34)], p * 4);
    const parts = chunks(encodePng(w, h, rgba));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    expect(parts[0].data[9]).toBe(3);
    const [plte, trns, raw] = [parts[1].data, parts[2].data, inflateSync(parts[3].data)];
    expect(plte.length).toBe(9);
    const decoded = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++) {
      expect(raw[y * (w + 1)]).toBe(0);
      for (let x = 0; x < w; x++) {
        const i = raw[y * (w + 1) + 1 + x];
        decoded.set([plte[3 * i], plte[3 * i + 1], plte[3 * i + 2], trns[i]], (y * w + x) * 4);
      }
    }
    expect([...decoded]).toEqual([...rgba]);
  });
  it('keeps RGB for a tiny image, where a palette would cost more than it saves', () => {
    const parts = chunks(encodePng(2, 1, new Uint8Array([1, 2, 3, 255, 4, 5, 6, 255])));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
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
