/**
 * Rebuilds a {@link parallel} task from its source text, in Node and in a
 * page worker alike.
 * @module
 */
import type { ParallelTask } from './snippet';

/** Builds a task function from its source, so that it cannot see the snippet's scope. */
export function taskFromSource<I, O>(source: string): ParallelTask<I, O> {
  const task: unknown = new Function(`return (${source});`)();
  if (typeof task !== 'function') throw new Error('parallel(): the task must be a function.');
  return task as ParallelTask<I, O>;
}
