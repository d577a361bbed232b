/**
 * Messages between an exercise on the page and its check worker, as typed maps
 * (the payload type follows the message name). Nothing here runs.
 * @module
 */
import type { RunErrorKind } from '../playground/protocol';
import type { DemoOutcome } from './demo';
import type { CaseResult } from './run-cases';

/** What the page sends to a check worker. */
export interface ToCheckWorker {
  /** Check the reader's code against exercise `exerciseId`. `code` is TypeScript unless `lineMap` says it is JavaScript already. */
  check: {
    readonly exerciseId: string;
    readonly code: string;
    /** Set when the page transpiled already: generated line to the reader's line (index 1-based). */
    readonly lineMap?: readonly number[];
  };
}

/** What a check worker reports. */
export interface FromCheckWorker {
  /** Case `index` is starting (so a case that never returns can be named when the time limit stops it). */
  case: { readonly index: number; readonly name: string };
  /** Every case ran; `demo` is the exercise's live figure, drawn only when every case passed and the exercise has one. */
  results: { readonly results: readonly CaseResult[]; readonly demo?: DemoOutcome };
  /** The reader's code did not get as far as the cases: a syntax error, a throw at load, no such function. */
  error: { readonly kind: RunErrorKind; readonly name: string; readonly message: string; readonly line?: number; readonly column?: number };
}

/** One message of a map: `{ type: name, ...payload }`. */
type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { readonly type: K } & M[K] : never;

export type ToCheckWorkerMessage = Message<ToCheckWorker>;
export type FromCheckWorkerMessage = Message<FromCheckWorker>;
