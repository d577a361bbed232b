/**
 * The messages between the page and the snippet worker, as typed maps (the
 * payload type follows the message name, as in mitt). Both sides import these
 * types; nothing here runs.
 * @module
 */
import type { Figure, KnobDecl, KnobValue } from '../runtime/snippet';

/** What the page may send to a snippet worker. */
export interface ToWorker {
  /** Run a snippet. `code` is TypeScript unless `lineMap` says it is already JavaScript. */
  run: {
    readonly code: string;
    /** Set when the page transpiled already: generated line to the reader's line (index 1-based). */
    readonly lineMap?: readonly number[];
    readonly knobs: Readonly<Record<string, KnobValue>>;
  };
  /** A live knob moved while the snippet runs. */
  liveKnob: { readonly name: string; readonly value: KnobValue };
  /** Sent by a snippet worker to a child worker: run one parallel() task. */
  task: { readonly source: string; readonly input: unknown };
}

/** Why a run failed, which decides how the page explains it. */
export type RunErrorKind = 'syntax' | 'runtime' | 'memory' | 'divergence';

/** What a snippet worker reports. */
export interface FromWorker {
  knob: { readonly decl: KnobDecl };
  figures: { readonly figures: readonly Figure[] };
  progress: { readonly fraction: number };
  log: { readonly lines: readonly string[] };
  done: { readonly milliseconds: number; readonly exports: readonly string[] };
  error: {
    readonly kind: RunErrorKind;
    readonly name: string;
    readonly message: string;
    /** The reader's line, when the error passed through their code. */
    readonly line?: number;
    readonly column?: number;
  };
  /** A child worker's answer to `task`. */
  taskResult: { readonly output: unknown };
  taskError: { readonly message: string };
}

/** One message of a map: `{ type: name, ...payload }`. */
export type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { readonly type: K } & M[K] : never;

export type ToWorkerMessage = Message<ToWorker>;
export type FromWorkerMessage = Message<FromWorker>;
