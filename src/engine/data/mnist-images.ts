/**
 * The bundled MNIST subset, decoded: the grey bytes of every stored image,
 * digit by digit. Internal to loadMnist (not in the public barrel).
 */

/** Pixels per image: 28 × 28. */
export const mnistPixels = 784;

/** The stored images of each digit, `images[d]` holding `counts[d]` × 784 grey bytes 0-255 in row-major order. */
export interface MnistImages {
  readonly counts: readonly number[];
  readonly images: readonly Uint8Array[];
}

/**
 * Grey byte k as the `mnist` package writes it: k/255 rounded to three
 * decimals (159 -> 0.624). Using the package's rounding, not k/255, keeps
 * every pixel exactly what the package holds.
 */
export const greyLevels: Float64Array = Float64Array.from({ length: 256 }, (_, k) => Number((k / 255).toFixed(3)));

let cached: Promise<MnistImages> | undefined;

/**
 * Loads (once) and decodes the generated module. The dynamic import makes
 * the 2.4 MB of data its own chunk, fetched only when a snippet asks for MNIST.
 */
export function mnistImages(): Promise<MnistImages> {
  cached ??= import('./generated/mnist-data').then(({ counts, pixels }) => ({ counts, images: decode(counts, pixels) }));
  return cached;
}

/** Undoes the run-length coding of scripts/fixtures/make-mnist.ts: per image, segments [zeros, n, n bytes]. */
function decode(counts: readonly number[], base64: string): Uint8Array[] {
  // atob exists in Node 18+, browsers and workers alike, so no Buffer and no polyfill.
  const text = atob(base64);
  let at = 0;
  const next = () => text.charCodeAt(at++);
  const images = counts.map((count) => {
    const out = new Uint8Array(count * mnistPixels);
    for (let i = 0; i < count; i++) {
      const end = (i + 1) * mnistPixels;
      let p = i * mnistPixels;
      while (p < end) {
        p += next();
        for (let n = next(); n > 0; n--) out[p++] = next();
      }
      if (p !== end) throw new Error(`mnist data is corrupt: image ${i} spans ${p - end + mnistPixels} pixels.`);
    }
    return out;
  });
  if (at !== text.length) throw new Error(`mnist data is corrupt: ${text.length - at} bytes left over.`);
  return images;
}
