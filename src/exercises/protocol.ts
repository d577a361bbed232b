/**
 * Messages of an exercise check, as typed maps (the payload type follows the
 * message name). A check uses two workers: the reader's code runs in an
 * attempt worker inside the sandbox frame and only reports what their function
 * returned; the reference solution runs in a separate, trusted reference
 * worker that never sees reader code. The page compares the two, so reader
 * code can neither load the solution nor forge a result. Nothing here runs.
 * @module
 */
import type { Locale } from '../i18n/locales';
import type { Message, RunError } from '../runtime/protocol';
import type { DemoOutcome } from './demo';
import type { CaseInfo, CaseOutcome } from './run-cases';
import type { Tolerance } from './spec';

/** What the page sends the attempt worker (untrusted code runs there). */
export interface ToAttemptWorker {
  /** Load the reader's code and run it on every case of exercise `exerciseId`. `code` is TypeScript unless `lineMap` says it is JavaScript already. */
  attempt: {
    readonly exerciseId: string;
    readonly code: string;
    /** Set when the page transpiled already: generated line to the reader's line (index 1-based). */
    readonly lineMap?: readonly number[];
    /** The page's language, for the worker's own messages (English when absent). */
    readonly locale?: Locale;
  };
  /** Every case passed: draw the exercise's live figure with the reader's function. */
  demo: Record<never, never>;
}

/** What the attempt worker reports (checked by the page before use). */
export interface FromAttemptWorker {
  /** Case `index` is starting (so a case that never returns can be named when the time limit stops it). */
  case: { readonly index: number };
  /** What the reader's function returned or threw, case by case. */
  outcomes: { readonly outcomes: readonly CaseOutcome[] };
  /** The live figure drawn with the reader's function (or why it could not be). */
  demo: { readonly outcome: DemoOutcome };
  /** The reader's code did not get as far as the cases: a syntax error, a throw at load, no such function. */
  error: RunError;
}

/** A finished check as the exercise panel shows it. */
export interface FromCheckResults {
  readonly results: readonly import('./run-cases').CaseResult[];
  /** The exercise's live figure, drawn only when every case passed and the exercise has one. */
  readonly demo?: DemoOutcome;
}

/** What the page sends the reference worker. */
export interface ToReferenceWorker {
  reference: { readonly exerciseId: string };
}

/** What the reference worker answers: each case's name and hint, and the reference's value for it. */
export interface FromReferenceWorker {
  reference: { readonly cases: readonly CaseInfo[]; readonly expected: readonly unknown[]; readonly tolerance?: Tolerance; readonly hasDemo: boolean };
  error: { readonly message: string };
}

export type ToAttemptWorkerMessage = Message<ToAttemptWorker>;
export type FromAttemptWorkerMessage = Message<FromAttemptWorker>;
export type ToReferenceWorkerMessage = Message<ToReferenceWorker>;
export type FromReferenceWorkerMessage = Message<FromReferenceWorker>;
