/**
 * One dedicated worker with a time limit, for a snippet's run and an exercise's
 * check alike: the worker is terminated when it gives its answer, when the
 * reader stops it, when the time runs out, or when it crashes, and after that
 * nothing it still sends is heard. An owner that keeps its worker warm for the
 * next run `detach()`es it after an answer instead: the run is over, the
 * worker lives on (Stop, the time limit and a crash still terminate it). The owner creates the worker (in the
 * sandbox frame, src/sandbox) and says what its messages mean.
 * @module
 */
import type { EndReason } from '../runtime/protocol';
import type { WorkerLike } from '../sandbox/sandbox';

export type { EndReason };

/** What the owner hears from the worker. */
export interface WorkerRunEvents<Message> {
  /** A message, while the run is not over. */
  message(data: Message): void;
  /** The run ended without an answer; `crashMessage` is the worker's error text (may be empty). */
  ended(reason: EndReason, crashMessage: string): void;
}

/** A worker run in progress. */
export interface WorkerRun {
  /** True once the worker is terminated. */
  readonly over: boolean;
  /** Terminates the worker quietly (it answered). */
  end(): void;
  /** Ends the run quietly (it answered) and leaves the worker running, for the owner's next run. */
  detach(): void;
  /** Terminates the worker at the reader's request and reports `ended('stopped')`. */
  stop(): void;
  /** Resolves when the worker is terminated, however that happened. */
  readonly finished: Promise<void>;
}

/** Supervises `worker`: terminated after `timeLimitMs`, on a crash, or by `end()`/`stop()`. */
export function superviseWorker<Message = unknown>(worker: WorkerLike, timeLimitMs: number, events: WorkerRunEvents<Message>): WorkerRun {
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let over = false;
  const finish = () => {
    over = true;
    clearTimeout(timer);
    settle();
  };
  const end = () => {
    finish();
    worker.terminate();
  };
  const timer = setTimeout(() => {
    if (over) return;
    end();
    events.ended('timeout', '');
  }, timeLimitMs);
  worker.onmessage = (event) => {
    if (!over) events.message(event.data as Message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (over) return;
    end();
    events.ended('crashed', event.message);
  };
  return {
    get over() {
      return over;
    },
    end,
    detach: finish,
    stop() {
      if (over) return;
      end();
      events.ended('stopped', '');
    },
    finished,
  };
}
