/**
 * Entry of the dedicated Web Worker that checks one attempt at an exercise (one
 * worker per Check, so the time limit is `terminate()`). It loads the reader's
 * code as a module, exactly as the playground's snippet worker does (sucrase
 * keeps lines; `@engine` imports become blob: shims of this worker's engine),
 * then runs the hidden cases against the reference solution, which it loads
 * only now: neither cases nor solution are in the page.
 * @module
 */
import * as engine from '@engine';
import * as snippetApi from '@snippet';
import { transform } from 'sucrase';
import { MODULES_GLOBAL, rewriteImports, shimSource } from '../playground/module-shims';
import { parserPosition, readerPosition } from '../runtime/stack-lines';
import { loadExercise } from './catalog';
import type { FromCheckWorkerMessage, ToCheckWorker, ToCheckWorkerMessage } from './protocol';
import { runCases } from './run-cases';

const post = (message: FromCheckWorkerMessage) => self.postMessage(message);

function blobUrl(source: string): string {
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** Reports an error that stopped the check before the cases, at the reader's line when the stack passes through their code. */
function fail(error: unknown, moduleUrl: string, lineMap?: readonly number[]): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const position = readerPosition(err.stack, moduleUrl, lineMap);
  post({ type: 'error', kind: 'runtime', name: err.name, message: err.message, line: position?.line, column: position?.column });
}

async function check(request: ToCheckWorker['check']): Promise<void> {
  let code = request.code;
  const lineMap = request.lineMap;
  if (!lineMap) {
    try {
      code = transform(code, { transforms: ['typescript'], disableESTransforms: true }).code;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = parserPosition(message);
      post({ type: 'error', kind: 'syntax', name: 'SyntaxError', message, line: position?.line, column: position?.column });
      return;
    }
  }
  const modules = { '@engine': engine, '@snippet': snippetApi } as Record<string, Record<string, unknown>>;
  (globalThis as Record<string, unknown>)[MODULES_GLOBAL] = modules;
  const urls = Object.fromEntries(Object.entries(modules).map(([name, ns]) => [name, blobUrl(shimSource(name, ns))]));
  const moduleUrl = blobUrl(rewriteImports(code, urls));

  const { spec, reference } = await loadExercise(request.exerciseId);
  let readerModule: Record<string, unknown>;
  try {
    readerModule = (await import(/* @vite-ignore */ moduleUrl)) as Record<string, unknown>;
  } catch (error) {
    fail(error, moduleUrl, lineMap);
    return;
  }
  const reader = readerModule[spec.fn];
  if (typeof reader !== 'function') {
    post({ type: 'error', kind: 'runtime', name: 'Missing function', message: `your code must export a function named ${spec.fn} (keep the starter's "export function ${spec.fn}(...)").` });
    return;
  }
  const findLine = (error: unknown) => (error instanceof Error ? readerPosition(error.stack, moduleUrl, lineMap)?.line : undefined);
  const results = runCases(spec, reader as (...args: unknown[]) => unknown, reference, findLine, (index) => post({ type: 'case', index, name: spec.cases[index].name }));
  post({ type: 'results', results });
}

self.onmessage = (event: MessageEvent<ToCheckWorkerMessage>) => {
  if (event.data.type === 'check') check(event.data).catch((error) => fail(error, ''));
};
