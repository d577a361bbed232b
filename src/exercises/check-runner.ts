/**
 * Starts a check in a fresh worker from the page, with a time limit: a reader's
 * endless loop is stopped with `terminate()` and reported with the case it was in.
 * @module
 */
import { superviseWorker } from '../playground/worker-run';
import type { FromCheckWorker, FromCheckWorkerMessage, ToCheckWorker, ToCheckWorkerMessage } from './protocol';

/** What the page hears from a check. */
export interface CheckListener {
  results(message: FromCheckWorker['results']): void;
  error(message: FromCheckWorker['error']): void;
  /** The check ended without an answer: the time limit, the reader's Stop (a newer Check), or a crash. */
  ended(reason: 'timeout' | 'stopped' | 'crashed', detail: string): void;
}

/** A check in progress. */
export interface CheckHandle {
  stop(): void;
  readonly finished: Promise<void>;
}

/** Starts checking `request`; the worker is terminated after `timeLimitMs`. */
export function startCheck(request: ToCheckWorker['check'], timeLimitMs: number, listener: CheckListener): CheckHandle {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'exercise-check' });
  let currentCase: FromCheckWorker['case'] | null = null;
  const run = superviseWorker<FromCheckWorkerMessage>(worker, timeLimitMs, {
    message(message) {
      if (message.type === 'case') currentCase = message;
      else if (message.type === 'results') {
        run.end();
        listener.results(message);
      } else {
        run.end();
        listener.error(message);
      }
    },
    ended(reason, crashMessage) {
      if (reason === 'timeout') {
        const where = currentCase ? ` in case ${currentCase.index + 1} ("${currentCase.name}")` : ' while loading your code';
        listener.ended(reason, `Stopped after ${Math.round(timeLimitMs / 1000)} s${where}: does a loop never end?`);
      } else if (reason === 'crashed') listener.ended(reason, crashMessage || 'The check stopped unexpectedly (out of memory?).');
      else listener.ended(reason, 'Stopped.');
    },
  });
  worker.postMessage({ type: 'check', ...request } satisfies ToCheckWorkerMessage);
  return { stop: () => run.stop(), finished: run.finished };
}
