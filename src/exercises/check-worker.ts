/**
 * Entry of the dedicated Web Worker that checks one attempt at an exercise (one
 * worker per Check, so the time limit is `terminate()`). It loads the reader's
 * code as a module with the snippet worker's own loader (playground/reader-module:
 * sucrase keeps lines; `@engine` imports become blob: shims of this worker's engine),
 * then runs the hidden cases against the reference solution, which it loads
 * only now: neither cases nor solution are in the page. When every case passes
 * and the exercise has a demo.ts, it draws that live figure with the reader's
 * function and this worker's engine.
 * @module
 */
import * as engine from '@engine';
import { readerModule } from '../playground/reader-module';
import { readerPosition } from '../runtime/stack-lines';
import { loadDemo, loadExercise } from './catalog';
import { runDemo } from './demo';
import type { FromCheckWorkerMessage, ToCheckWorker, ToCheckWorkerMessage } from './protocol';
import { runCases } from './run-cases';

const post = (message: FromCheckWorkerMessage) => self.postMessage(message);

/** Reports an error that stopped the check before the cases, at the reader's line when the stack passes through their code. */
function fail(error: unknown, moduleUrl: string, lineMap?: readonly number[]): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const position = readerPosition(err.stack, moduleUrl, lineMap);
  post({ type: 'error', kind: 'runtime', name: err.name, message: err.message, line: position?.line, column: position?.column });
}

async function check(request: ToCheckWorker['check']): Promise<void> {
  const lineMap = request.lineMap;
  const prepared = readerModule(request.code, lineMap);
  if (prepared.syntaxError) return post({ type: 'error', ...prepared.syntaxError });
  const moduleUrl = prepared.url;

  const { spec, reference } = await loadExercise(request.exerciseId);
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(/* @vite-ignore */ moduleUrl)) as Record<string, unknown>;
  } catch (error) {
    fail(error, moduleUrl, lineMap);
    return;
  }
  const reader = loaded[spec.fn];
  if (typeof reader !== 'function') {
    post({ type: 'error', kind: 'runtime', name: 'Missing function', message: `your code must export a function named ${spec.fn} (keep the starter's "export function ${spec.fn}(...)").` });
    return;
  }
  const findLine = (error: unknown) => (error instanceof Error ? readerPosition(error.stack, moduleUrl, lineMap)?.line : undefined);
  const results = runCases(spec, reader as (...args: unknown[]) => unknown, reference, findLine, (index) => post({ type: 'case', index, name: spec.cases[index].name }));
  const demo = results.every((r) => r.passed) ? await loadDemo(request.exerciseId) : null;
  post({ type: 'results', results, demo: demo ? runDemo(demo, reader as (...args: unknown[]) => unknown, engine) : undefined });
}

self.onmessage = (event: MessageEvent<ToCheckWorkerMessage>) => {
  if (event.data.type === 'check') check(event.data).catch((error) => fail(error, ''));
};
