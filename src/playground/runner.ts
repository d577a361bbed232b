/**
 * Runs snippets in dedicated workers from the page: one worker per run, so
 * Stop (and the time limit) is `terminate()` and always works at once
 * (worker-run.ts supervises it).
 * @module
 */
import type { KnobValue } from '../runtime/snippet';
import type { FromWorker, FromWorkerMessage, ToWorkerMessage } from './protocol';
import { superviseWorker } from './worker-run';

/** What the page hears from a run, one callback per message kind. */
export interface RunListener {
  knob(message: FromWorker['knob']): void;
  figures(message: FromWorker['figures']): void;
  progress(message: FromWorker['progress']): void;
  log(message: FromWorker['log']): void;
  done(message: FromWorker['done']): void;
  error(message: FromWorker['error']): void;
  /** The run ended without an answer: stopped by the reader, the time limit, or a crash. */
  ended(reason: 'stopped' | 'timeout' | 'crashed', detail: string): void;
}

/** A run in progress. */
export interface RunHandle {
  /** Terminates the worker now. */
  stop(): void;
  /** Delivers a live knob change to the running snippet. */
  setLive(name: string, value: KnobValue): void;
  readonly finished: Promise<void>;
}

/** What to run. */
export interface RunRequest {
  readonly code: string;
  readonly lineMap?: readonly number[];
  readonly knobs: Readonly<Record<string, KnobValue>>;
  readonly timeLimitMs: number;
}

/** Starts a run in a fresh worker. */
export function startRun(request: RunRequest, listener: RunListener): RunHandle {
  const worker = new Worker(new URL('./snippet-worker.ts', import.meta.url), { type: 'module', name: 'snippet' });
  const run = superviseWorker<FromWorkerMessage>(worker, request.timeLimitMs, {
    message(message) {
      switch (message.type) {
        case 'knob': return listener.knob(message);
        case 'figures': return listener.figures(message);
        case 'progress': return listener.progress(message);
        case 'log': return listener.log(message);
        case 'done':
          run.end();
          return listener.done(message);
        case 'error':
          run.end();
          return listener.error(message);
      }
    },
    ended(reason, crashMessage) {
      if (reason === 'timeout') listener.ended(reason, `Stopped after ${Math.round(request.timeLimitMs / 1000)} s, this snippet's time limit.`);
      else if (reason === 'crashed') listener.ended(reason, crashMessage || 'The worker stopped unexpectedly (out of memory?).');
      else listener.ended(reason, 'Stopped.');
    },
  });
  const message: ToWorkerMessage = { type: 'run', code: request.code, lineMap: request.lineMap, knobs: request.knobs };
  worker.postMessage(message);

  return {
    stop: () => run.stop(),
    setLive(name, value) {
      if (!run.over) worker.postMessage({ type: 'liveKnob', name, value } satisfies ToWorkerMessage);
    },
    finished: run.finished,
  };
}
