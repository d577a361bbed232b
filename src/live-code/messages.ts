/**
 * What the reader reads when a run ends: one sentence per outcome, naming the
 * reader's line when there is one, in the page's language.
 * @module
 */
import { ui, type Locale } from '../i18n';
import type { FromWorker } from '../runtime/protocol';

/** The status line for a failed run. */
export function errorMessage(error: FromWorker['error'], locale: Locale = 'en'): string {
  const t = ui(locale).snippet;
  switch (error.kind) {
    case 'syntax':
      return t.syntaxError(error.line, error.message.replace(/\s*\(\d+:\d+\)\s*$/, ''));
    case 'divergence':
      // The engine's own words ("diverged at epoch N, try a smaller learning rate"), as written.
      return t.divergence(error.message, error.line);
    case 'memory':
      return t.outOfMemory(error.line, `${error.name}: ${error.message}`);
    default:
      return t.runtimeError(error.name, error.line, error.message);
  }
}

/** The status line for a finished run. */
export function doneMessage(milliseconds: number, locale: Locale = 'en'): string {
  return ui(locale).snippet.done(milliseconds);
}
