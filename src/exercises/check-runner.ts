/**
 * Checks the reader's attempt at an exercise, from the page, with a time limit:
 * the reader's code runs in an attempt worker inside the sandbox frame and
 * reports only what their function returned; a trusted reference worker
 * computes the expected values; the page compares them (run-cases.ts), so a
 * result can only come from the checking code. A reader's endless loop is
 * stopped with `terminate()` and reported with the case it was in.
 * @module
 */
import { localText, pageLocale, ui } from '../i18n';
import { guardFigure, plotText } from '../runtime/figure-guard';
import { checkRunError } from '../runtime/message-check';
import type { EndReason, RunError } from '../runtime/protocol';
import { sandboxedWorker } from '../sandbox/sandbox';
import { superviseWorker } from '../live-code/worker-run';
import attemptWorkerUrl from './attempt-worker.ts?worker&url';
import type { DemoOutcome } from './demo';
import type { FromCheckResults, FromReferenceWorker, FromReferenceWorkerMessage, ToAttemptWorker, ToAttemptWorkerMessage, ToReferenceWorkerMessage } from './protocol';
import { judgeCase, type CaseOutcome, type CaseResult } from './run-cases';

/** What the page hears from a check. */
export interface CheckListener {
  results(message: FromCheckResults): void;
  error(message: RunError): void;
  /** The check ended without an answer: the time limit, the reader's Stop (a newer Check), or a crash. */
  ended(reason: EndReason, detail: string): void;
}

/** A check in progress. */
export interface CheckHandle {
  stop(): void;
  readonly finished: Promise<void>;
}

/** The reader's outcomes as sent, if they have the right shape (the worker runs untrusted code). */
function checkOutcomes(raw: unknown, count: number, noResult: string): CaseOutcome[] | null {
  if (!Array.isArray(raw)) return null;
  return Array.from({ length: count }, (_, i): CaseOutcome => {
    const item = raw[i] as { value?: unknown; error?: { name?: unknown; message?: unknown; line?: unknown } } | undefined;
    if (item && typeof item === 'object' && item.error && typeof item.error === 'object') {
      const line = Number.isInteger(item.error.line) && (item.error.line as number) > 0 ? (item.error.line as number) : undefined;
      return { error: { name: String(item.error.name ?? 'Error').slice(0, 200), message: String(item.error.message ?? '').slice(0, 4000), line } };
    }
    if (item && typeof item === 'object' && 'value' in item) return { value: item.value };
    return { error: { name: 'Error', message: noResult } };
  });
}

/** The demo as sent, made safe to draw. */
function checkDemo(raw: unknown, notDrawn: string): DemoOutcome {
  const outcome = raw as { figure?: { data?: unknown; layout?: unknown; caption?: unknown }; error?: unknown } | null;
  if (outcome?.figure && typeof outcome.figure === 'object') {
    const guarded = guardFigure({ id: 'demo', data: outcome.figure.data, layout: outcome.figure.layout });
    if (guarded.figure) return { figure: { data: guarded.figure.data, layout: guarded.figure.layout, caption: plotText(String(outcome.figure.caption ?? '')).slice(0, 500) } };
    return { error: guarded.notes.join(' ') };
  }
  return { error: String(outcome?.error ?? notDrawn).slice(0, 500) };
}

/** Starts checking `request`; both workers are terminated after `timeLimitMs`. */
export function startCheck(request: ToAttemptWorker['attempt'], timeLimitMs: number, listener: CheckListener): CheckHandle {
  const locale = pageLocale();
  const t = ui(locale).exercise;
  const attempt = sandboxedWorker(attemptWorkerUrl, 'exercise-attempt');
  const referenceWorker = new Worker(new URL('./reference-worker.ts', import.meta.url), { type: 'module', name: 'exercise-reference' });
  let currentCase = -1;
  let reference: FromReferenceWorker['reference'] | null = null;
  let outcomes: CaseOutcome[] | null = null;
  let results: CaseResult[] | null = null;

  const fail = (error: RunError) => {
    run.end();
    referenceWorker.terminate();
    listener.error(error);
  };
  const judge = () => {
    if (!reference || !outcomes || results) return;
    const { cases, expected, tolerance } = reference;
    results = cases.map((info, i) => judgeCase(info, outcomes![i], expected[i], tolerance, locale));
    referenceWorker.terminate();
    if (results.every((r) => r.passed) && reference.hasDemo) {
      attempt.postMessage({ type: 'demo' } satisfies ToAttemptWorkerMessage);
      return;
    }
    run.end();
    listener.results({ results });
  };

  const run = superviseWorker(attempt, timeLimitMs, {
    message(raw) {
      const data = (raw ?? {}) as Record<string, unknown>;
      if (data.type === 'case' && Number.isInteger(data.index)) currentCase = data.index as number;
      else if (data.type === 'outcomes' && !outcomes) {
        outcomes = checkOutcomes(data.outcomes, reference?.cases.length ?? (Array.isArray(data.outcomes) ? Math.min(data.outcomes.length, 1000) : 0), t.noResult);
        if (!outcomes) fail({ kind: 'runtime', name: 'Error', message: t.malformedResults });
        else judge();
      } else if (data.type === 'demo' && results) {
        run.end();
        listener.results({ results, demo: checkDemo(data.outcome, t.demoNotDrawn) });
      } else if (data.type === 'error') {
        fail(checkRunError(data) ?? { kind: 'runtime', name: 'Error', message: t.checkFailed });
      }
    },
    ended(reason, crashMessage) {
      referenceWorker.terminate();
      if (reason === 'timeout') {
        const name = reference?.cases[currentCase]?.name;
        const where = currentCase >= 0 ? t.inCase(currentCase + 1, name === undefined ? undefined : localText(name, locale)) : t.whileLoading;
        listener.ended(reason, t.timeLimit(Math.round(timeLimitMs / 1000), where));
      } else if (reason === 'crashed') listener.ended(reason, crashMessage || t.crashed);
      else listener.ended(reason, ui(locale).snippet.stopped);
    },
  });

  referenceWorker.onmessage = (event: MessageEvent<FromReferenceWorkerMessage>) => {
    if (event.data.type === 'error') return fail({ kind: 'runtime', name: t.exerciseError, message: event.data.message });
    reference = event.data;
    // Outcomes may have come first, counted by what the worker sent: re-read them against the real case count.
    if (outcomes) outcomes = checkOutcomes(outcomes, reference.cases.length, t.noResult);
    judge();
  };
  referenceWorker.onerror = (event) => {
    event.preventDefault();
    fail({ kind: 'runtime', name: t.exerciseError, message: event.message || t.referenceFailed });
  };
  attempt.postMessage({ type: 'attempt', ...request } satisfies ToAttemptWorkerMessage);
  referenceWorker.postMessage({ type: 'reference', exerciseId: request.exerciseId } satisfies ToReferenceWorkerMessage);
  return {
    stop: () => {
      referenceWorker.terminate();
      run.stop();
    },
    finished: run.finished,
  };
}
