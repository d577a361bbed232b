/**
 * Entry of the worker that runs the reader's attempt at an exercise, inside the
 * sandbox frame (one worker per Check, so the time limit is `terminate()`). It
 * loads the reader's code as a module with the snippet worker's own loader
 * (playground/reader-module: sucrase keeps lines; `@engine` imports become
 * blob: shims of this worker's engine), runs it on each case's inputs, and
 * reports what it returned. It never loads the reference solution: the page
 * compares with the reference worker's values. When the page says every case
 * passed, it draws the exercise's demo.ts with the reader's function.
 * @module
 */
import * as engine from '@engine';
import { ui, type Locale } from '../i18n';
import { readerModule } from '../live-code/reader-module';
import { readerPosition } from '../runtime/stack-lines';
import { blockNetwork, installImporter } from '../sandbox/worker-imports';
import { loadCases, loadDemo } from './catalog';
import { runDemo, type DemoOutcome } from './demo';
import type { FromAttemptWorkerMessage, ToAttemptWorker, ToAttemptWorkerMessage } from './protocol';
import { caseOutcome, type CaseOutcome } from './run-cases';
import type { ExerciseFunction } from './spec';

installImporter();
blockNetwork();

const post = (message: FromAttemptWorkerMessage) => self.postMessage(message);
let attempt: { readonly exerciseId: string; readonly fn: ExerciseFunction; readonly locale: Locale } | null = null;

/** Reports an error that stopped the check before the cases, at the reader's line when the stack passes through their code. */
function fail(error: unknown, moduleUrl: string, lineMap?: readonly number[]): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const position = readerPosition(err.stack, moduleUrl, lineMap);
  post({ type: 'error', kind: 'runtime', name: err.name, message: err.message, line: position?.line, column: position?.column });
}

/** A value the page can receive: structured-cloneable, or an outcome saying it is not. */
function cloneable(outcome: CaseOutcome): CaseOutcome {
  try {
    structuredClone(outcome.value);
    return outcome;
  } catch {
    return { error: { name: 'TypeError', message: 'your function returned a value that cannot be compared (a function or another object that cannot be copied).' } };
  }
}

async function run(request: ToAttemptWorker['attempt']): Promise<void> {
  const lineMap = request.lineMap;
  const prepared = readerModule(request.code, lineMap);
  if (prepared.syntaxError) return post({ type: 'error', ...prepared.syntaxError });
  const moduleUrl = prepared.url;

  const spec = await loadCases(request.exerciseId);
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(/* @vite-ignore */ moduleUrl)) as Record<string, unknown>;
  } catch (error) {
    fail(error, moduleUrl, lineMap);
    return;
  }
  const fn = loaded[spec.fn];
  if (typeof fn !== 'function') {
    const t = ui(request.locale ?? 'en').exercise;
    post({ type: 'error', kind: 'runtime', name: t.missingFunctionName, message: t.missingFunction(spec.fn) });
    return;
  }
  attempt = { exerciseId: request.exerciseId, fn: fn as ExerciseFunction, locale: request.locale ?? 'en' };
  const findLine = (error: unknown) => (error instanceof Error ? readerPosition(error.stack, moduleUrl, lineMap)?.line : undefined);
  const outcomes = spec.cases.map((_, index) => {
    post({ type: 'case', index });
    return cloneable(caseOutcome(spec, index, fn as ExerciseFunction, findLine));
  });
  post({ type: 'outcomes', outcomes });
}

async function drawDemo(): Promise<void> {
  if (!attempt) return;
  const demo = await loadDemo(attempt.exerciseId);
  const outcome: DemoOutcome = demo ? runDemo(demo, attempt.fn, engine, attempt.locale) : { error: 'This exercise has no live figure.' };
  post({ type: 'demo', outcome });
}

self.onmessage = (event: MessageEvent<ToAttemptWorkerMessage>) => {
  const message = event.data;
  if (message?.type === 'attempt') run(message).catch((error) => fail(error, ''));
  else if (message?.type === 'demo') drawDemo().catch((error) => fail(error, ''));
};
