/**
 * What the reader reads when a run ends: one sentence per outcome, naming the
 * reader's line when there is one.
 * @module
 */
import type { FromWorker } from '../runtime/protocol';

/** "at line 3" or nothing. */
function at(line: number | undefined): string {
  return line ? ` at line ${line}` : '';
}

/** The status line for a failed run. */
export function errorMessage(error: FromWorker['error']): string {
  switch (error.kind) {
    case 'syntax':
      return `Syntax error${at(error.line)}: ${error.message.replace(/\s*\(\d+:\d+\)\s*$/, '')}`;
    case 'divergence':
      // The engine's own words ("diverged at epoch N, try a smaller learning rate"), as written.
      return `${error.message}${error.line ? ` (line ${error.line})` : ''}`;
    case 'memory':
      return `Out of memory${at(error.line)}: the snippet asked for more memory than the browser allows (${error.name}: ${error.message}).`;
    default:
      return `${error.name}${at(error.line)}: ${error.message}`;
  }
}

/** The status line for a finished run. */
export function doneMessage(milliseconds: number): string {
  return `Done in ${milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`}.`;
}
