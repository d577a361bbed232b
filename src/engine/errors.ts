/**
 * The errors the engine throws for bad input. The checks that raise them live
 * in ./validate.ts, which writes every message in one style.
 * @module
 */

/**
 * Two tensors whose shapes do not fit together. The message names both shapes.
 *
 * ```ts
 * try { dense(3, 4).forward(Tensor.zeros([2, 5]), true); } catch (e) { e instanceof ShapeError; } // true
 * ```
 */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

/**
 * A value the engine cannot work with: a non-finite number, an unknown option
 * or name, an empty data set.
 *
 * ```ts
 * try { dense(2, 3, { inti: 'he' } as never); } catch (e) { (e as Error).message; } // 'dense: unknown option "inti" ...'
 * ```
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `[2,3]` for a shape, the way every message writes it. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}
