/**
 * The messages between the page and the workers that run reader code, as typed
 * maps (the payload type follows the message name, as in mitt). The page, the
 * snippet worker, parallel() children and the exercise workers all import these
 * types; nothing here runs. What the page accepts from a worker is checked by
 * `checkFromWorker` (message-check.ts): workers run untrusted code.
 * @module
 */
import type { Figure, KnobDecl, KnobValue, SnippetLocale } from './snippet';

/** One message of a map: `{ type: name, ...payload }`. */
export type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { readonly type: K } & M[K] : never;

/** One handler per message of a map, so `listener[m.type](m)` dispatches (and a missing handler is a type error). */
export type Listener<M> = { readonly [K in keyof M]: (message: M[K]) => void };

/** Calls the handler for `message` (the one place that spells out the dispatch). */
export function dispatch<M>(listener: Listener<M>, message: Message<M>): void {
  (listener[message.type] as (payload: unknown) => void)(message);
}

/** Why a run failed, which decides how the page explains it. */
export type RunErrorKind = 'syntax' | 'runtime' | 'memory' | 'divergence';

/** A failed run, as the page explains it. Snippet runs and exercise checks share it. */
export interface RunError {
  readonly kind: RunErrorKind;
  readonly name: string;
  readonly message: string;
  /** The reader's line, when the error passed through their code. */
  readonly line?: number;
  readonly column?: number;
}

/** How a worker run ended without an answer: the reader's Stop, the time limit, or a crash. */
export type EndReason = 'stopped' | 'timeout' | 'crashed';

/** Seconds a run may take by default before it is stopped. */
export const DEFAULT_TIME_LIMIT_S = 60;

/** What the page may send to a snippet worker. */
export interface ToWorker {
  /** Run a snippet. `code` is TypeScript unless `lineMap` says it is already JavaScript. */
  run: {
    readonly code: string;
    /** Set when the page transpiled already: generated line to the reader's line (index 1-based). */
    readonly lineMap?: readonly number[];
    readonly knobs: Readonly<Record<string, KnobValue>>;
    /** The language of the page: the snippet's `label()` calls answer in it. */
    readonly locale?: SnippetLocale;
  };
  /** A live knob moved while the snippet runs. */
  liveKnob: { readonly name: string; readonly value: KnobValue };
  /**
   * Get ready to run `code` (TypeScript) soon: transpile it and load the engine's module shims, so the
   * first run only imports and evaluates. Nothing of `code` runs.
   */
  prepare: { readonly code: string };
}

/** What a snippet worker reports. */
export interface FromWorker {
  knob: { readonly decl: KnobDecl };
  figures: { readonly figures: readonly Figure[] };
  progress: { readonly fraction: number };
  log: { readonly lines: readonly string[] };
  done: { readonly milliseconds: number; readonly exports: readonly string[] };
  error: RunError;
}

/** What a snippet worker sends a parallel() child. */
export interface ToTaskWorker {
  task: { readonly source: string; readonly input: unknown };
}

/** What a parallel() child answers (its console lines travel as `log`). */
export interface FromTaskWorker {
  taskResult: { readonly output: unknown };
  taskError: { readonly message: string };
  log: FromWorker['log'];
}

/** A `figures` message as the snippet worker sends it: the figures as JSON bytes (runtime/figure-wire.ts). */
export interface FiguresOnTheWire {
  readonly type: 'figures';
  readonly bytes: ArrayBuffer;
}

export type ToWorkerMessage = Message<ToWorker>;
export type FromWorkerMessage = Message<FromWorker>;
export type ToTaskWorkerMessage = Message<ToTaskWorker>;
export type FromTaskWorkerMessage = Message<FromTaskWorker>;
