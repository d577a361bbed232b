/**
 * Runs snippets from the page, inside the sandbox frame (src/sandbox). Each
 * snippet keeps one warm worker between runs: a run that answers leaves it
 * alive, so the next run (a knob move) skips starting a worker and loading the
 * engine. Stop, the time limit and a crash `terminate()` it, which always works
 * at once (worker-run.ts supervises each run), and the next run starts a fresh
 * one. Every message from the worker passes the page's gate
 * (runtime/message-check.ts) before a listener sees it.
 * @module
 */
import { pageLocale, ui } from '../i18n';
import { checkFromWorker } from '../runtime/message-check';
import { dispatch, type EndReason, type FromWorker, type Listener, type ToWorkerMessage } from '../runtime/protocol';
import type { KnobValue, SnippetLocale } from '../runtime/snippet';
import { sandboxedWorker } from '../sandbox/sandbox';
import snippetWorkerUrl from './snippet-worker.ts?worker&url';
import { superviseWorker } from '../live-code/worker-run';
import type { WorkerLike } from '../sandbox/sandbox';

/**
 * Runs one warm worker serves before it is replaced: each run leaves a module (the reader's code) in
 * the worker's module map, so a long session of knob moves must not grow it without end.
 */
const RUNS_PER_WORKER = 100;

/** What the page hears from a run: one handler per message, plus how it ended without an answer. */
export interface RunListener extends Listener<FromWorker> {
  /** The run ended without an answer: stopped by the reader, the time limit, or a crash. */
  ended(reason: EndReason, detail: string): void;
  /** What the gate changed or dropped (thinned figures, a forged message), for the console. */
  notes(lines: readonly string[]): void;
}

/** A run in progress. */
export interface RunHandle {
  /** Terminates the worker now. */
  stop(): void;
  /** Delivers a live knob change to the running snippet. */
  setLive(name: string, value: KnobValue): void;
  readonly finished: Promise<void>;
  /** True when the run went to the snippet's warm worker (no worker start). */
  readonly warm: boolean;
}

/** What to run. */
export interface RunRequest {
  readonly code: string;
  readonly lineMap?: readonly number[];
  readonly knobs: Readonly<Record<string, KnobValue>>;
  readonly locale?: SnippetLocale;
  readonly timeLimitMs: number;
}

/** The runs of one snippet, in its warm worker. One run at a time: start the next after the last answered or was stopped. */
export class SnippetRunner {
  private idle: { readonly worker: WorkerLike; readonly runs: number } | null = null;

  /**
   * Starts the worker ahead of the first run (the snippet neared the viewport): its script loads and
   * parses, and `code` is transpiled, off the main thread while the reader reads. Returns false when a
   * worker is already waiting.
   */
  warm(code: string): boolean {
    if (this.idle) return false;
    const worker = sandboxedWorker(snippetWorkerUrl, 'snippet');
    worker.postMessage({ type: 'prepare', code } satisfies ToWorkerMessage);
    this.idle = { worker, runs: 0 };
    return true;
  }

  /** Starts a run, in the warm worker when there is one, else in a fresh worker. */
  start(request: RunRequest, listener: RunListener): RunHandle {
    const t = ui(pageLocale()).snippet; // the page's language, which may differ from the figures' (`locale`)
    const reused = this.idle;
    this.idle = null;
    const worker = reused?.worker ?? sandboxedWorker(snippetWorkerUrl, 'snippet');
    const runs = (reused?.runs ?? 0) + 1;
    const droppedKinds = new Set<string>();
    const run = superviseWorker(worker, request.timeLimitMs, {
      message: (raw) => {
        const checked = checkFromWorker(raw);
        if (checked.dropped !== undefined) {
          // Said once per kind of problem: a flood of forged messages must not flood the console too.
          if (!droppedKinds.has(checked.dropped)) listener.notes([t.messageIgnored(checked.dropped)]);
          droppedKinds.add(checked.dropped);
          return;
        }
        if (checked.notes.length > 0) listener.notes(checked.notes.map(t.warning));
        const message = checked.message;
        if (message.type === 'done' || message.type === 'error') {
          // The run answered: its worker waits, warm, for the next one (until it has served its share).
          if (runs < RUNS_PER_WORKER) {
            run.detach();
            this.idle = { worker, runs };
          } else run.end();
        }
        dispatch<FromWorker>(listener, message);
      },
      ended(reason, crashMessage) {
        if (reason === 'timeout') listener.ended(reason, t.timeLimit(Math.round(request.timeLimitMs / 1000)));
        else if (reason === 'crashed') listener.ended(reason, crashMessage || t.crashed);
        else listener.ended(reason, t.stopped);
      },
    });
    const message: ToWorkerMessage = { type: 'run', code: request.code, lineMap: request.lineMap, knobs: request.knobs, locale: request.locale };
    worker.postMessage(message);

    return {
      stop: () => run.stop(),
      setLive(name, value) {
        if (!run.over) worker.postMessage({ type: 'liveKnob', name, value } satisfies ToWorkerMessage);
      },
      finished: run.finished,
      warm: reused !== null,
    };
  }

  /** Ends the warm worker (the snippet left the page). */
  dispose(): void {
    this.idle?.worker.terminate();
    this.idle = null;
  }
}
