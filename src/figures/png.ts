/**
 * A tiny PNG encoder (8 bits: indexed, RGB or RGBA) for rasterised heatmaps and contours. At
 * build time (Node) the pixels are compressed with node:zlib, so a heatmap
 * takes a few KB of the page instead of ~40 KB stored. In the browser (a run's
 * first frames, drawn before Plotly has loaded) there is no zlib: the pixels go
 * into stored deflate blocks, which cost no time and never reach the page's HTML.
 */

/** zlib-format (RFC 1950) compression of the PNG's scanlines. */
export type Deflate = (raw: Uint8Array) => Uint8Array;

/** Largest stored deflate block (RFC 1951: LEN is 16 bits). */
const STORED_BLOCK = 0xffff;

/** Adler-32, the zlib stream's checksum. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
    for (const end = Math.min(i + 5552, bytes.length); i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored (uncompressed) blocks: valid for every inflater, and no work to write. */
export function storedDeflate(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / STORED_BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + raw.length + 4);
  out.set([0x78, 0x01]); // deflate, 32 KB window, no dictionary, fastest (FCHECK makes it a multiple of 31)
  let o = 2;
  for (let block = 0; block < blocks; block++) {
    const start = block * STORED_BLOCK;
    const length = Math.min(STORED_BLOCK, raw.length - start);
    out[o] = block === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    out[o + 1] = length & 0xff;
    out[o + 2] = length >>> 8;
    out[o + 3] = ~length & 0xff;
    out[o + 4] = (~length >>> 8) & 0xff;
    out.set(raw.subarray(start, start + length), o + 5);
    o += 5 + length;
  }
  new DataView(out.buffer).setUint32(o, adler32(raw));
  return out;
}

/**
 * zlib at level 9 where Node's is there (the build, the unit tests), else stored blocks. Node's module
 * is asked for at run time (`process.getBuiltinModule`), never imported, so the browser bundle has no
 * node:zlib to fail on.
 */
function platformDeflate(): Deflate {
  type NodeZlib = { deflateSync(raw: Uint8Array, options: { level: number }): Uint8Array };
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = node?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  return zlib ? (raw) => zlib.deflateSync(raw, { level: 9 }) : storedDeflate;
}

let defaultDeflate: Deflate | null = null;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks need it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * The image's colours when there are at most 256 of them (a contour's bands, a small heatmap), as a palette
 * and one index per pixel; null when there are more. RGBA packed in one unsigned 32-bit number is the key.
 */
function paletteOf(rgba: Uint8Array): { colors: number[]; indices: Uint8Array } | null {
  const index = new Map<number, number>();
  const colors: number[] = [];
  const indices = new Uint8Array(rgba.length / 4);
  for (let p = 0; p < indices.length; p++) {
    const o = p * 4;
    const key = ((rgba[o] << 24) | (rgba[o + 1] << 16) | (rgba[o + 2] << 8) | rgba[o + 3]) >>> 0;
    let i = index.get(key);
    if (i === undefined) {
      if (colors.length === 256) return null;
      i = colors.push(key) - 1;
      index.set(key, i);
    }
    indices[p] = i;
  }
  return { colors, indices };
}

/**
 * Encodes width x height RGBA pixels (row-major, 4 bytes each) as PNG bytes: indexed colour when the image
 * has few colours and that is smaller (a quarter of the bytes to checksum, encode and decode), else RGB
 * when every pixel is opaque, else RGBA.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, deflate: Deflate = (defaultDeflate ??= platformDeflate())): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  let opaque = true;
  for (let i = 3; i < rgba.length && opaque; i += 4) opaque = rgba[i] === 255;
  const channels = opaque ? 3 : 4;
  const palette = paletteOf(rgba);
  // PLTE and tRNS chunks: 12 bytes each plus 3 and 1 per colour.
  const paletteBytes = palette ? 12 + 3 * palette.colors.length + (opaque ? 0 : 12 + palette.colors.length) : Infinity;
  const extra: Uint8Array[] = [];
  let raw: Uint8Array;
  if (palette && height * width + paletteBytes < height * width * channels) {
    header.set([8, 3, 0, 0, 0], 8);
    const plte = new Uint8Array(3 * palette.colors.length);
    const trns = new Uint8Array(palette.colors.length);
    palette.colors.forEach((key, i) => {
      plte.set([key >>> 24, (key >>> 16) & 0xff, (key >>> 8) & 0xff], 3 * i);
      trns[i] = key & 0xff;
    });
    extra.push(chunk('PLTE', plte));
    if (!opaque) extra.push(chunk('tRNS', trns));
    raw = new Uint8Array(height * (width + 1));
    for (let y = 0; y < height; y++) raw.set(palette.indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter byte 0: none
  } else {
    header.set([8, opaque ? 2 : 6, 0, 0, 0], 8);
    const stride = width * channels + 1;
    raw = new Uint8Array(height * stride);
    for (let y = 0; y < height; y++) {
      raw[y * stride] = 0; // filter: none
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < channels; c++) raw[y * stride + 1 + x * channels + c] = rgba[(y * width + x) * 4 + c];
      }
    }
  }
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), ...extra, chunk('IDAT', deflate(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa (works in Node, workers and the build alike). */
export function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return s;
}

/** A data: URL for the PNG of the given pixels. */
export function pngDataUrl(width: number, height: number, rgba: Uint8Array): string {
  return `data:image/png;base64,${base64(encodePng(width, height, rgba))}`;
}
