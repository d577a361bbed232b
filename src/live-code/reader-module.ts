/**
 * Turns the reader's code into a module a worker can import, for the snippet
 * worker and the exercise check worker alike: TypeScript is stripped by sucrase
 * unless the editor already transpiled it (sucrase keeps every line where it
 * was, so stack lines are the reader's lines), and `@engine`/`@snippet` imports
 * become blob: shims of this worker's own instances. Worker-only code.
 * @module
 */
import * as engine from '@engine';
import * as snippetApi from '@snippet';
import { transform } from 'sucrase';
import { parserPosition } from '../runtime/stack-lines';
import { moduleUrl } from '../sandbox/worker-imports';
import { MODULES_GLOBAL, rewriteImports, shimSource } from './module-shims';

/** Why the reader's code could not become a module: it does not parse. */
export interface ReaderSyntaxError {
  readonly kind: 'syntax';
  readonly name: 'SyntaxError';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** The reader's module, ready to `import(url)`, or the syntax error that stopped it. */
export type ReaderModule = { readonly url: string; readonly syntaxError?: undefined } | { readonly syntaxError: ReaderSyntaxError };


/** Prepares `code` (TypeScript, or JavaScript with the editor's `lineMap`) as a module whose imports resolve to this worker's engine. */
export function readerModule(code: string, lineMap?: readonly number[]): ReaderModule {
  let script = code;
  if (!lineMap) {
    try {
      script = transform(code, { transforms: ['typescript'], disableESTransforms: true }).code;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = parserPosition(message);
      return { syntaxError: { kind: 'syntax', name: 'SyntaxError', message, line: position?.line, column: position?.column } };
    }
  }
  const modules = { '@engine': engine, '@snippet': snippetApi } as Record<string, Record<string, unknown>>;
  (globalThis as Record<string, unknown>)[MODULES_GLOBAL] = modules;
  const urls = Object.fromEntries(Object.entries(modules).map(([name, ns]) => [name, moduleUrl(shimSource(name, ns))]));
  return { url: moduleUrl(rewriteImports(script, urls)) };
}
