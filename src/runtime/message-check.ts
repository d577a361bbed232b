/**
 * The page's gate for messages from a worker that runs reader code: a message
 * is accepted only if its type is known and every field has the right type and
 * a bounded size; figures are made safe for Plotly (figure-guard.ts). Anything
 * else is dropped, and the page says so once per run.
 * @module
 */
import { decodeFigures } from './figure-wire';
import { guardFigure } from './figure-guard';
import { checkKnobDecl } from './knob-rules';
import { MAX_ERROR_CHARS, MAX_FIGURES_PER_RUN, MAX_LOG_LINE_CHARS, MAX_LOG_LINES } from './limits';
import type { FromWorkerMessage, RunError, RunErrorKind } from './protocol';
import type { Figure } from './snippet';

/** A checked message with notes about what was changed to make it safe, or the reason it was dropped. */
export type CheckedMessage =
  | { readonly message: FromWorkerMessage; readonly notes: readonly string[]; readonly dropped?: undefined }
  | { readonly dropped: string; readonly message?: undefined; readonly notes?: undefined };

const RUN_ERROR_KINDS: readonly RunErrorKind[] = ['syntax', 'runtime', 'memory', 'divergence'];

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

function position(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
}

/** A run error as the page shows it, from any object (exercise checks share it). */
export function checkRunError(data: Record<string, unknown>): RunError | null {
  const kind = data.kind as RunErrorKind;
  if (!RUN_ERROR_KINDS.includes(kind)) return null;
  const name = text(data.name, 200);
  const message = text(data.message, MAX_ERROR_CHARS);
  if (name === undefined || message === undefined) return null;
  return { kind, name, message, line: position(data.line), column: position(data.column) };
}

/** Checks one message from a snippet worker. */
export function checkFromWorker(raw: unknown): CheckedMessage {
  if (typeof raw !== 'object' || raw === null) return { dropped: 'not an object' };
  const data = raw as Record<string, unknown>;
  const ok = (message: FromWorkerMessage, notes: readonly string[] = []): CheckedMessage => ({ message, notes });
  switch (data.type) {
    case 'knob':
      try {
        return ok({ type: 'knob', decl: checkKnobDecl(data.decl) });
      } catch (error) {
        return { dropped: (error as Error).message };
      }
    case 'figures': {
      // The snippet worker sends them as JSON bytes (figure-wire.ts); other workers as objects.
      const decoded = data.bytes instanceof ArrayBuffer ? decodeFigures(data.bytes) : { figures: data.figures };
      if ('dropped' in decoded) return { dropped: decoded.dropped };
      if (!Array.isArray(decoded.figures)) return { dropped: 'figures must be a list' };
      const figures: Figure[] = [];
      const notes: string[] = [];
      // More ids than a run may draw at all are not even looked at (the page keeps the first ones it saw).
      for (const raw of decoded.figures.slice(0, MAX_FIGURES_PER_RUN)) {
        const guarded = guardFigure(raw);
        notes.push(...guarded.notes);
        if (guarded.figure) figures.push(guarded.figure);
      }
      return ok({ type: 'figures', figures }, notes);
    }
    case 'progress':
      return typeof data.fraction === 'number' && Number.isFinite(data.fraction)
        ? ok({ type: 'progress', fraction: Math.min(1, Math.max(0, data.fraction)) })
        : { dropped: 'progress must be a finite number' };
    case 'log': {
      if (!Array.isArray(data.lines)) return { dropped: 'log lines must be a list' };
      const lines = data.lines.slice(0, MAX_LOG_LINES).map((line) => String(typeof line === 'string' ? line : '').slice(0, MAX_LOG_LINE_CHARS));
      return ok({ type: 'log', lines });
    }
    case 'done': {
      const milliseconds = typeof data.milliseconds === 'number' && Number.isFinite(data.milliseconds) && data.milliseconds >= 0 ? data.milliseconds : 0;
      const exports = Array.isArray(data.exports) ? data.exports.filter((e): e is string => typeof e === 'string').slice(0, 200).map((e) => e.slice(0, 100)) : [];
      return ok({ type: 'done', milliseconds, exports });
    }
    case 'error': {
      const error = checkRunError(data);
      return error ? ok({ type: 'error', ...error }) : { dropped: 'a malformed error report' };
    }
    default:
      return { dropped: `unknown message type "${String(data.type).slice(0, 40)}"` };
  }
}
