/**
 * An exercise's optional live figure: `demo.ts` beside its cases exports (as
 * default) a function that receives the reader's own function and the engine
 * and returns a Plotly figure with a caption, plain data only. The check worker
 * runs it once every case passes, so a solved exercise drives a real figure
 * (the reader's Adam next to the engine's); nothing of it is in the page.
 * Its words come in the page's language through the third argument, `text`.
 * @module
 */
import type { Data, Layout } from 'plotly.js';
import type * as Engine from '@engine';
import { localText, ui, type Locale } from '../i18n';
import type { BilingualText } from '../runtime/snippet';
import type { ExerciseFunction } from './spec';

/** The engine as a demo receives it: the worker's own `@engine` module. */
export type EngineModule = typeof Engine;

/** What a demo returns: Plotly traces and layout (structured-cloneable plain data) and a caption in words. */
export interface DemoFigure {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
  /** Said under the figure, e.g. how far the reader's path is from the engine's. */
  readonly caption: string;
}

/**
 * A demo's words in the page's language, as `label()` gives a snippet's:
 * `text({ en: 'your adamStep', zh: '你的 adamStep' })`. Every string a reader sees goes through it.
 */
export type DemoText = (words: BilingualText) => string;

/** The default export of an exercise's `demo.ts`. */
export type ExerciseDemo<F extends ExerciseFunction = ExerciseFunction> = (reader: F, engine: EngineModule, text: DemoText) => DemoFigure;

/** A demo's outcome: the figure, or why the reader's function could not draw it (it passed the cases but threw here). */
export type DemoOutcome = { readonly figure: DemoFigure; readonly error?: undefined } | { readonly error: string; readonly figure?: undefined };

/** Runs `demo` with the reader's function, its words in `locale`; never throws (a throw becomes a sentence the page shows, in `locale`). */
export function runDemo<F extends ExerciseFunction>(demo: ExerciseDemo<F>, reader: F, engine: EngineModule, locale: Locale = 'en'): DemoOutcome {
  try {
    const text: DemoText = (words) => localText(words, locale);
    const { data, layout, caption } = demo(reader, engine, text);
    // Through JSON once: plain data only (no functions, no typed arrays a Plotly trace would not clone the same way).
    return { figure: JSON.parse(JSON.stringify({ data, layout, caption })) as DemoFigure };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { error: ui(locale).exercise.demoFailed(`${err.name}: ${err.message}`) };
  }
}
