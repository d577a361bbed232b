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


/** The shim modules' URLs, made once per worker: every run imports the same engine instance. */
let shimUrls: Record<string, string> | null = null;

function shims(): Record<string, string> {
  if (shimUrls) return shimUrls;
  const modules = { '@engine': engine, '@snippet': snippetApi } as Record<string, Record<string, unknown>>;
  (globalThis as Record<string, unknown>)[MODULES_GLOBAL] = modules;
  shimUrls = Object.fromEntries(Object.entries(modules).map(([name, ns]) => [name, moduleUrl(shimSource(name, ns))]));
  return shimUrls;
}

/** Prepared scripts (or their syntax error) by exact code and line map, newest last: a warm worker re-runs the same code. */
const prepared = new Map<string, string | ReaderSyntaxError>();
const PREPARED_KEPT = 8;

function prepare(code: string, lineMap?: readonly number[]): string | ReaderSyntaxError {
  if (lineMap) return rewriteImports(code, shims());
  try {
    return rewriteImports(transform(code, { transforms: ['typescript'], disableESTransforms: true }).code, shims());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = parserPosition(message);
    return { kind: 'syntax', name: 'SyntaxError', message, line: position?.line, column: position?.column };
  }
}

/** Looks `code` up in the cache of prepared scripts, preparing it on a miss; the newest stays longest. */
function cachedScript(code: string, lineMap?: readonly number[]): string | ReaderSyntaxError {
  const key = `${lineMap?.join(',') ?? '-'}\n${code}`;
  const script = prepared.get(key) ?? prepare(code, lineMap);
  prepared.delete(key);
  prepared.set(key, script);
  if (prepared.size > PREPARED_KEPT) prepared.delete(prepared.keys().next().value as string);
  return script;
}

/**
 * Readies a worker for running `code` soon: the code is transpiled into the cache (nothing of it runs) and
 * the engine's shim modules are imported, so a run's own import is all that is left. Sucrase and the
 * shims are the slowest part of a worker's first run.
 */
export async function warmReaderModule(code: string): Promise<void> {
  cachedScript(code);
  await Promise.all(Object.values(shims()).map((url) => import(/* @vite-ignore */ url)));
}

/**
 * Prepares `code` (TypeScript, or JavaScript with the editor's `lineMap`) as a module whose imports resolve
 * to this worker's engine. Each call gives a new URL (a module runs once per URL); the transpiled text is
 * cached, so running the same code again costs no transpile.
 */
export function readerModule(code: string, lineMap?: readonly number[]): ReaderModule {
  const script = cachedScript(code, lineMap);
  return typeof script === 'string' ? { url: moduleUrl(script) } : { syntaxError: script };
}
