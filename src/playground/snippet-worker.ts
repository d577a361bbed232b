/**
 * Entry of the dedicated Web Worker that runs a snippet: one run at a time,
 * and run after run while it stays warm (runner.ts); Stop is
 * `worker.terminate()`. The same script also runs parallel() tasks, started by
 * a snippet worker as its children.
 * @module
 */
import * as engine from '@engine';
import { blockNetwork, installImporter, moduleUrl, relayModuleRequest, spawnSibling } from '../sandbox/worker-imports';
import { formatLogLine } from '../runtime/format';
import { MAX_LOG_LINES, MAX_LOG_LINE_CHARS } from '../runtime/limits';
import { readerPosition } from '../runtime/stack-lines';
import { setHost, type ParallelTask } from '../runtime/snippet';
import { createWorkerHost, type WorkerHost } from '../runtime/worker-host';
import { encodeFigures } from '../runtime/figure-wire';
import type { FiguresOnTheWire, FromTaskWorkerMessage, FromWorkerMessage, RunErrorKind, ToTaskWorker, ToTaskWorkerMessage, ToWorker, ToWorkerMessage } from '../runtime/protocol';
import { readerModule, warmReaderModule } from '../live-code/reader-module';

installImporter();
blockNetwork();

const post = (message: FromWorkerMessage | FromTaskWorkerMessage) => {
  if (message.type !== 'figures') return self.postMessage(message);
  let bytes: ArrayBuffer;
  try {
    bytes = encodeFigures(message.figures);
  } catch {
    return self.postMessage(message); // not JSON (a cycle, a BigInt): as objects, for the page's guard to judge
  }
  self.postMessage({ type: 'figures', bytes } satisfies FiguresOnTheWire, { transfer: [bytes] });
};
let current: WorkerHost | null = null;
let currentModuleUrl = '';
let currentLineMap: readonly number[] | undefined;

let logged = 0;

function captureConsole(): void {
  const send = (prefix: string) => (...values: unknown[]) => {
    if (++logged > MAX_LOG_LINES) return;
    const line = (prefix + formatLogLine(values)).slice(0, MAX_LOG_LINE_CHARS);
    post({ type: 'log', lines: [logged === MAX_LOG_LINES ? `${line}\n… (further output dropped)` : line] });
  };
  console.log = send('');
  console.info = send('');
  console.debug = send('');
  console.warn = send('warning: ');
  console.error = send('error: ');
}

function classify(error: unknown): RunErrorKind {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'DivergenceError') return 'divergence';
  if (error instanceof RangeError && /allocat|array length|buffer|memory|Invalid (typed )?array/i.test(message)) return 'memory';
  return 'runtime';
}

function report(error: unknown, moduleUrl: string, lineMap?: readonly number[]): void {
  current?.flush();
  const err = error instanceof Error ? error : new Error(String(error));
  const position = readerPosition(err.stack, moduleUrl, lineMap);
  post({ type: 'error', kind: classify(err), name: err.name, message: err.message, line: position?.line, column: position?.column });
}

async function run(request: ToWorker['run']): Promise<void> {
  const lineMap = request.lineMap;
  const prepared = readerModule(request.code, lineMap);
  if (prepared.syntaxError) return post({ type: 'error', ...prepared.syntaxError });
  const moduleUrl = prepared.url;
  currentModuleUrl = moduleUrl;
  currentLineMap = lineMap;
  logged = 0; // each run has its own share of console lines

  current = createWorkerHost({
    post,
    knobs: request.knobs,
    locale: request.locale,
    spawn: spawnSibling,
    childMessage: relayModuleRequest,
  });
  setHost(current.host);
  captureConsole();
  const started = performance.now();
  try {
    const exports = (await import(/* @vite-ignore */ moduleUrl)) as Record<string, unknown>;
    URL.revokeObjectURL(moduleUrl); // imported once, never again: the next run gets its own URL
    for (const value of Object.values(exports)) await value; // an exported promise is part of the run
    current.flush();
    post({ type: 'done', milliseconds: performance.now() - started, exports: Object.keys(exports) });
  } catch (error) {
    report(error, moduleUrl, lineMap);
  }
}

/** A parallel() task from its source, as a blob: module (the sandbox allows no eval). */
async function taskFromModule(source: string): Promise<ParallelTask<unknown, unknown>> {
  const task: unknown = ((await import(/* @vite-ignore */ moduleUrl(`export default (${source});\n`))) as { default: unknown }).default;
  if (typeof task !== 'function') throw new Error('parallel(): the task must be a function.');
  return task as ParallelTask<unknown, unknown>;
}

async function runTask(request: ToTaskWorker['task']): Promise<void> {
  captureConsole();
  try {
    const output = await (await taskFromModule(request.source))(request.input, engine);
    post({ type: 'taskResult', output });
  } catch (error) {
    post({ type: 'taskError', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

self.onmessage = (event: MessageEvent<ToWorkerMessage | ToTaskWorkerMessage>) => {
  const message = event.data;
  if (message.type === 'run') void run(message);
  else if (message.type === 'task') void runTask(message);
  else if (message.type === 'liveKnob') current?.setLive(message.name, message.value);
  else if (message.type === 'prepare') void warmReaderModule(message.code);
};

// Errors thrown later (in a timer or an un-awaited promise) still belong to the run.
self.addEventListener('error', (event) => {
  event.preventDefault();
  report(event.error ?? new Error(event.message), currentModuleUrl, currentLineMap);
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  report(event.reason, currentModuleUrl, currentLineMap);
});
