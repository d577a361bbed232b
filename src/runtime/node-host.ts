/**
 * Runs a snippet outside the page (Node tests and the build) and records what
 * it shows: figures, logs, knobs, progress and its exports.
 */
import * as engine from '@engine';
import { formatLogLine } from './format';
import { setHost, type Figure, type KnobDecl, type KnobValue, type SnippetHost, type SnippetLocale } from './snippet';
import { taskFromSource } from './task';

/** Everything one run of a snippet produced. */
export interface SnippetRun {
  /** Last version of each figure, by id, in the order first drawn. */
  readonly figures: Record<string, Figure>;
  /** How many times each figure was drawn (a streamed figure is drawn many times). */
  readonly drawCount: Record<string, number>;
  readonly logs: string[];
  readonly knobs: KnobDecl[];
  readonly progress: number;
  /** The snippet module's exports, for assertions on what it computed. */
  readonly exports: Record<string, unknown>;
  readonly milliseconds: number;
}

export interface RunOptions {
  /** Knob values to use instead of the defaults. */
  readonly knobs?: Record<string, KnobValue>;
  /** The page language the snippet's `label()` calls answer in (default English). */
  readonly locale?: SnippetLocale;
}

/** Builds a task function from its source (kept here for existing imports). */
export { taskFromSource } from './task';

let running = false;
/** Counts runs of snippet files, so each gets its own query string and with it a fresh module instance. */
let fileRuns = 0;

/**
 * Runs the snippet file `file` in a fresh module instance, so its top-level code runs again and asks
 * for its knobs again. A test names the file beside it with
 * `runSnippetFile(new URL('./x.ts', import.meta.url), { knobs })`.
 *
 * Only the snippet's own module is new: what it imports (`@engine`, `@snippet`) is shared between runs,
 * as in the build, whose runs differ by query string too.
 */
export function runSnippetFile(file: URL, options: RunOptions = {}): Promise<SnippetRun> {
  const fresh = new URL(file);
  fresh.searchParams.set('run', String(++fileRuns));
  return runSnippet(() => import(/* @vite-ignore */ fresh.href) as Promise<Record<string, unknown>>, options);
}

/**
 * Runs the snippet that `load` imports. The module must be a fresh instance (one not imported before),
 * or its top-level code does not run again: for a snippet file use {@link runSnippetFile}.
 */
export async function runSnippet(load: () => Promise<Record<string, unknown>>, options: RunOptions = {}): Promise<SnippetRun> {
  if (running) throw new Error('runSnippet: one snippet at a time (snippet hosts are global).');
  running = true;
  const figures: Record<string, Figure> = {};
  const drawCount: Record<string, number> = {};
  const logs: string[] = [];
  const knobs: KnobDecl[] = [];
  const overrides = options.knobs ?? {};
  let progress = 0;
  const unknown = new Set(Object.keys(overrides));

  const host: SnippetHost = {
    locale: options.locale ?? 'en',
    knob(decl) {
      knobs.push(decl);
      unknown.delete(decl.name);
      return decl.name in overrides ? overrides[decl.name] : decl.value;
    },
    liveKnob(name) {
      return overrides[name];
    },
    plot(figure) {
      figures[figure.id] = structuredClone(figure);
      drawCount[figure.id] = (drawCount[figure.id] ?? 0) + 1;
    },
    progress(fraction) {
      progress = fraction;
    },
    tick: () => Promise.resolve(),
    async parallel<I, O>(inputs: readonly I[], source: string, onResult?: (output: O, index: number) => void) {
      const task = taskFromSource<I, O>(source);
      const outputs: O[] = [];
      for (let i = 0; i < inputs.length; i++) {
        outputs[i] = await task(structuredClone(inputs[i]), engine);
        onResult?.(outputs[i], i);
      }
      return outputs;
    },
  };

  const originalLog = console.log;
  console.log = (...values: unknown[]) => {
    logs.push(formatLogLine(values));
  };
  setHost(host);
  const started = performance.now();
  try {
    const exports = await load();
    // A module's exports may include a promise the snippet is still working on.
    const settled: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(exports)) settled[key] = await value;
    if (unknown.size > 0) throw new Error(`runSnippet: no knob named ${[...unknown].join(', ')}.`);
    return { figures, drawCount, logs, knobs, progress, exports: settled, milliseconds: performance.now() - started };
  } finally {
    setHost(null);
    console.log = originalLog;
    running = false;
  }
}
