/**
 * What a snippet may call besides the engine: knobs, figures, progress and
 * parallel runs. A snippet imports it as `@snippet`:
 *
 * ```ts
 * import { knob, plot } from '@snippet';
 * const beta = knob('beta', 0.9, { min: 0.5, max: 0.999, label: 'β' });
 * plot('ewa', [{ x: days, y: averaged, name: `β = ${beta}` }]);
 * ```
 *
 * The same calls work in three places: in Node (tests and the build, which
 * records the default output), and in a Web Worker in the page. Each place
 * installs a {@link SnippetHost} with {@link setHost}; snippets never see it.
 * @module
 */
import type { Data, Layout } from 'plotly.js';
import { checkKnobDecl } from './knob-rules';

export type { Data, Layout };

/** A figure as Plotly's own trace and layout objects, under a stable id. */
export interface Figure {
  readonly id: string;
  readonly data: Data[];
  readonly layout: Partial<Layout>;
}

/** How a numeric knob is shown: a slider from `min` to `max`. */
export interface KnobOptions {
  readonly min: number;
  readonly max: number;
  /** Slider step on the linear scale; ignored when `log` is set. */
  readonly step?: number;
  /** Slide on a log scale (learning rates, 1 - β). */
  readonly log?: boolean;
  /** Text shown beside the slider; defaults to the knob's name. */
  readonly label?: string;
}

/** A knob as the page needs it to draw a control. */
export type KnobDecl =
  | {
      readonly kind: 'number';
      readonly name: string;
      readonly value: number;
      readonly options: KnobOptions;
      /** Declared with {@link liveKnob}: the page sends changes into the running snippet instead of re-running it. */
      readonly live?: boolean;
    }
  | {
      readonly kind: 'choice';
      readonly name: string;
      readonly value: string;
      readonly choices: readonly string[];
      readonly label?: string;
      /** What the select box shows for each choice, in the same order (the choices themselves by default). */
      readonly shown?: readonly string[];
    }
  | { readonly kind: 'toggle'; readonly name: string; readonly value: boolean; readonly label?: string }
  | { readonly kind: 'timeline'; readonly name: string; readonly value: number; readonly steps: number; readonly label?: string }
  | {
      readonly kind: 'point';
      readonly name: string;
      readonly value: Point;
      /** The figure the reader clicks or drags on to move the point. */
      readonly figure: string;
      /** The square the point may move in: [xMin, xMax] and [yMin, yMax]. */
      readonly x: readonly [number, number];
      readonly y: readonly [number, number];
      readonly label?: string;
    };

/** A point of a 2-D figure, in its data coordinates. */
export type Point = readonly [number, number];

/** The value of any knob: a number (sliders, timelines), a choice's string, a toggle's boolean or a point. */
export type KnobValue = number | string | boolean | Point;

/** The language of the page a snippet runs for: English, or Simplified Chinese (the /zh-cn/ edition). */
export type SnippetLocale = 'en' | 'zh-cn';

/** A text in both languages, for {@link label}. */
export interface BilingualText {
  readonly en: string;
  readonly zh: string;
}

/** A task for {@link parallel}: a self-contained function of its input and the engine. */
export type ParallelTask<I, O> = (input: I, engine: typeof import('@engine')) => O | Promise<O>;

/** Where a snippet's calls go. Node, the build and the page worker each provide one. */
export interface SnippetHost {
  /** Registers a knob; returns the value to use (an override, or the default). */
  knob(decl: KnobDecl): KnobValue;
  /** Current value of a live knob, which the page may change while the snippet runs. */
  liveKnob(name: string): KnobValue | undefined;
  plot(figure: Figure): void;
  progress(fraction: number): void;
  /** Lets the host deliver messages (Stop, live knob changes) before the snippet goes on. */
  tick(): Promise<void>;
  parallel<I, O>(inputs: readonly I[], taskSource: string, onResult?: (output: O, index: number) => void): Promise<O[]>;
  /** The page's language, for {@link label}; English when the host does not say. */
  readonly locale?: SnippetLocale;
}

let host: SnippetHost | null = null;

/** Installs the host that receives every call from the snippets that run next. */
export function setHost(next: SnippetHost | null): void {
  host = next;
}

function current(): SnippetHost {
  if (!host) throw new Error('No snippet host is installed: run snippets through runSnippet() or the page.');
  return host;
}

/**
 * A numeric parameter the reader can change with a slider above the figure.
 * Moving the slider runs the snippet again with the new value.
 * @param name Identifier used in share links and tests, e.g. `'learningRate'`.
 * @param defaultValue Value used on first paint and in tests.
 * @param options Range, step, log scale and label.
 */
export function knob(name: string, defaultValue: number, options: KnobOptions): number {
  return numberKnob(name, defaultValue, options, false);
}

function numberKnob(name: string, defaultValue: number, options: KnobOptions, live: boolean): number {
  const decl = checkKnobDecl({ kind: 'number', name, value: defaultValue, options, ...(live ? { live } : {}) });
  return current().knob(decl) as number;
}

/**
 * One value out of a fixed list, shown as a select box. `shown` gives a choice other words on screen (for
 * example in the page's language) while the snippet, share links and tests keep using the value itself:
 * `choice('dataset', 'spirals', ['spirals', 'blobs'], 'dataset', { spirals: label({ en: 'spirals', zh: '螺旋' }) })`.
 */
export function choice<T extends string>(name: string, defaultValue: T, choices: readonly T[], label?: string, shown?: Partial<Record<T, string>>): T {
  const words = shown && choices.map((c) => shown[c] ?? c);
  return current().knob(checkKnobDecl({ kind: 'choice', name, value: defaultValue, choices, label, ...(words ? { shown: words } : {}) })) as T;
}

/** An on/off switch, shown as a checkbox. */
export function toggle(name: string, defaultValue: boolean, label?: string): boolean {
  return current().knob(checkKnobDecl({ kind: 'toggle', name, value: defaultValue, label })) as boolean;
}

/**
 * A step through training the reader can play, pause, step and scrub: `const k = timeline('step', 200)`
 * is an integer from 0 to `steps` (default `steps`: the whole run), and the snippet draws what happened up
 * to step k. Like a slider, moving it runs the snippet again; other knobs still work while it is paused.
 */
export function timeline(name: string, steps: number, options: { readonly value?: number; readonly label?: string } = {}): number {
  const decl = checkKnobDecl({ kind: 'timeline', name, value: options.value ?? steps, steps, label: options.label });
  return current().knob(decl) as number;
}

/**
 * A point the reader picks on figure `figure` by clicking or dragging on it (or with the arrow keys),
 * such as the starting point of optimizer paths: `const [x0, y0] = point('start', [-1.5, 0.8], { figure:
 * 'paths', x: [-2, 2], y: [-1, 1] })`. Moving it runs the snippet again with the new point; draw a marker
 * at it so the reader sees the handle.
 */
export function point(
  name: string,
  defaultValue: Point,
  options: { readonly figure: string; readonly x: readonly [number, number]; readonly y: readonly [number, number]; readonly label?: string },
): Point {
  const decl = checkKnobDecl({ kind: 'point', name, value: defaultValue, ...options });
  return current().knob(decl) as Point;
}

/**
 * A knob whose value can change while the snippet runs (the "panda" way of
 * babysitting one model). Read it with the returned function, and call
 * `await tick()` now and then so that changes can arrive.
 */
export function liveKnob(name: string, defaultValue: number, options: KnobOptions): () => number {
  const start = numberKnob(name, defaultValue, options, true);
  return () => {
    const value = current().liveKnob(name);
    return typeof value === 'number' ? value : start;
  };
}

/**
 * Draws (or redraws) figure `id` with Plotly traces and layout. Call it as
 * often as you like while training: the page throttles redraws.
 */
export function plot(id: string, data: Data[], layout: Partial<Layout> = {}): void {
  current().plot({ id, data, layout });
}

/** Trace fields that make hovering (or tapping) a point show how that point was computed. */
export interface FormulaHover {
  readonly customdata: string[];
  readonly hovertemplate: string;
}

/**
 * Hover labels with the rule that produced each point, written out with that point's own numbers.
 * Give one entry per point (an array of strings is shown as lines, one under the other) and spread the
 * result into the trace: `{ x, y, ...formulaHover(y.map((v, i) => `v = 0.9 × ${a[i]} + 0.1 × ${b[i]} = ${v}`)) }`.
 */
export function formulaHover(perPoint: readonly (string | readonly string[])[]): FormulaHover {
  return {
    customdata: perPoint.map((text) => (typeof text === 'string' ? text : text.join('<br>'))),
    // <extra></extra> hides Plotly's second box (the trace name), which would repeat the legend.
    hovertemplate: '%{customdata}<extra></extra>',
  };
}

/** Moves the progress bar; `fraction` goes from 0 to 1. */
export function progress(fraction: number): void {
  current().progress(Math.min(1, Math.max(0, fraction)));
}

/**
 * A figure title, axis title, legend name or console text in the page's language,
 * so one snippet file serves both editions of the site:
 * `plot('cost', traces, { yaxis: { title: { text: label({ en: 'cost', zh: '代价' }) } } })`.
 */
export function label(text: BilingualText): string {
  return current().locale === 'zh-cn' ? text.zh : text.en;
}

/** Gives the page a moment to deliver Stop and live knob changes. */
export function tick(): Promise<void> {
  return current().tick();
}

/**
 * Runs `task` once per input, each in its own Web Worker at the same time
 * (in Node, one after another), and resolves with the outputs in input order.
 * The task runs in isolation: it sees only its input and the engine passed as
 * its second argument, not the snippet's variables or imports.
 * @param onResult Called as each output arrives, in finishing order.
 */
export function parallel<I, O>(
  inputs: readonly I[],
  task: ParallelTask<I, O>,
  onResult?: (output: O, index: number) => void,
): Promise<O[]> {
  return current().parallel(inputs, task.toString(), onResult);
}

/**
 * TensorFlow.js (tfjs-core on its cpu backend), loaded when a snippet first
 * asks for it, for comparing the engine with a production framework:
 *
 * ```ts
 * const tf = await loadTensorflow();
 * const w = tf.variable(tf.scalar(0));
 * const optimizer = tf.train.adam(0.1);
 * for (let step = 0; step < 200; step++) optimizer.minimize(() => w.square().sub(w.mul(10)).add(25).asScalar());
 * ```
 */
export { loadTensorflow, type TF } from './tensorflow';
