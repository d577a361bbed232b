/**
 * Rebuilds a {@link parallel} task from its source text, in Node and in a
 * page worker alike.
 * @module
 */
import type * as Engine from '@engine';

/** A task as {@link parallel} receives it: its input and the engine. */
export type TaskFunction<I, O> = (input: I, engine: typeof Engine) => O | Promise<O>;

/** Builds a task function from its source, so that it cannot see the snippet's scope. */
export function taskFromSource<I, O>(source: string): TaskFunction<I, O> {
  const task: unknown = new Function(`return (${source});`)();
  if (typeof task !== 'function') throw new Error('parallel(): the task must be a function.');
  return task as TaskFunction<I, O>;
}
