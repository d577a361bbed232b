/**
 * Finds the reader's line in an error's stack. The snippet runs as a module
 * with a URL of its own (a blob: URL in the page, a file: URL in Node), so the
 * first stack frame in that URL is where the reader's code was when it threw.
 * @module
 */

/** A position in the reader's snippet, 1-based. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The reader's position of the innermost frame of `stack` that lies in
 * `moduleUrl`, or null when the error did not pass through the snippet.
 * @param lineMap Generated line to source line (index = generated line, 1-based),
 *   for transpilers that move lines; omit when lines are kept.
 */
export function readerPosition(stack: string | undefined, moduleUrl: string, lineMap?: readonly number[]): SourcePosition | null {
  if (!stack || !moduleUrl) return null;
  const frame = new RegExp(`${escapeRegExp(moduleUrl)}:(\\d+):(\\d+)`);
  for (const text of stack.split('\n')) {
    const match = frame.exec(text);
    if (!match) continue;
    const generated = Number(match[1]);
    const line = lineMap?.[generated] ?? generated;
    return { line, column: Number(match[2]) };
  }
  return null;
}

/** The position a parser error states in its message, such as sucrase's "Unexpected token (3:5)". */
export function parserPosition(message: string): SourcePosition | null {
  const match = /\((\d+):(\d+)\)\s*$/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) + 1 } : null;
}
