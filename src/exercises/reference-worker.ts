/**
 * Entry of the trusted worker that computes an exercise's expected values: it
 * loads the cases and the reference solution (only now, never in the page) and
 * answers each case's value. No reader code ever runs here, so it is a plain
 * same-origin worker, not a sandboxed one.
 * @module
 */
import { hasDemo, loadExercise } from './catalog';
import type { FromReferenceWorkerMessage, ToReferenceWorkerMessage } from './protocol';

const post = (message: FromReferenceWorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToReferenceWorkerMessage>) => {
  try {
    const { spec, reference } = await loadExercise(event.data.exerciseId);
    const expected = spec.cases.map((testCase) => reference(...testCase.args()));
    const cases = spec.cases.map(({ name, edge, hint }) => ({ name, edge, hint }));
    post({ type: 'reference', cases, expected, tolerance: spec.tolerance, hasDemo: hasDemo(event.data.exerciseId) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
