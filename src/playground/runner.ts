/**
 * Runs snippets in dedicated workers from the page: one worker per run, so
 * Stop (and the time limit) is `terminate()` and always works at once.
 * @module
 */
import type { KnobValue } from '../runtime/snippet';
import type { FromWorker, FromWorkerMessage, ToWorkerMessage } from './protocol';

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
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let over = false;
  const end = () => {
    over = true;
    clearTimeout(timer);
    worker.terminate();
    settle();
  };
  const timer = setTimeout(() => {
    if (over) return;
    end();
    listener.ended('timeout', `Stopped after ${Math.round(request.timeLimitMs / 1000)} s, this snippet's time limit.`);
  }, request.timeLimitMs);

  worker.onmessage = (event: MessageEvent<FromWorkerMessage>) => {
    if (over) return;
    const message = event.data;
    switch (message.type) {
      case 'knob': return listener.knob(message);
      case 'figures': return listener.figures(message);
      case 'progress': return listener.progress(message);
      case 'log': return listener.log(message);
      case 'done':
        end();
        return listener.done(message);
      case 'error':
        end();
        return listener.error(message);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (over) return;
    end();
    listener.ended('crashed', event.message || 'The worker stopped unexpectedly (out of memory?).');
  };
  const run: ToWorkerMessage = { type: 'run', code: request.code, lineMap: request.lineMap, knobs: request.knobs };
  worker.postMessage(run);

  return {
    stop() {
      if (over) return;
      end();
      listener.ended('stopped', 'Stopped.');
    },
    setLive(name, value) {
      if (!over) worker.postMessage({ type: 'liveKnob', name, value } satisfies ToWorkerMessage);
    },
    finished,
  };
}
