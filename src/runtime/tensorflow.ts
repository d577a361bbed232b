/**
 * The one door from snippets to TensorFlow.js. The library (about 1.6 MB
 * unminified) lives in ./tensorflow-bundle.ts and is fetched only when a
 * snippet calls {@link loadTensorflow}: never on first paint, and never by a
 * page whose snippets do not use it. Keeping it behind a single dynamic import
 * of a single module lets the page's worker load it like any other chunk.
 * @module
 */

/** What `await loadTensorflow()` gives a snippet: tfjs-core's ops, variables and optimizers on the cpu backend. */
export type TF = typeof import('./tensorflow-bundle');

let loading: Promise<TF> | null = null;

/** Loads TensorFlow.js (tfjs-core with its cpu backend and gradients) once, and returns it. */
export function loadTensorflow(): Promise<TF> {
  loading ??= import('./tensorflow-bundle').then(async (tf) => {
    await tf.backendReady;
    return tf;
  });
  return loading;
}
