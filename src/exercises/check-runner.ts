/**
 * Starts a check in a fresh worker from the page, with a time limit: a reader's
 * endless loop is stopped with `terminate()` and reported with the case it was in.
 * @module
 */
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
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let over = false;
  let currentCase: FromCheckWorker['case'] | null = null;
  const end = () => {
    over = true;
    clearTimeout(timer);
    worker.terminate();
    settle();
  };
  const timer = setTimeout(() => {
    if (over) return;
    end();
    const where = currentCase ? ` in case ${currentCase.index + 1} ("${currentCase.name}")` : ' while loading your code';
    listener.ended('timeout', `Stopped after ${Math.round(timeLimitMs / 1000)} s${where}: does a loop never end?`);
  }, timeLimitMs);
  worker.onmessage = (event: MessageEvent<FromCheckWorkerMessage>) => {
    if (over) return;
    const message = event.data;
    if (message.type === 'case') currentCase = message;
    else if (message.type === 'results') {
      end();
      listener.results(message);
    } else {
      end();
      listener.error(message);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (over) return;
    end();
    listener.ended('crashed', event.message || 'The check stopped unexpectedly (out of memory?).');
  };
  worker.postMessage({ type: 'check', ...request } satisfies ToCheckWorkerMessage);
  return {
    stop() {
      if (over) return;
      end();
      listener.ended('stopped', 'Stopped.');
    },
    finished,
  };
}
