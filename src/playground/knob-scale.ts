/**
 * Slider positions and knob values. A log knob's slider runs over positions
 * 0..{@link LOG_STEPS} and maps them geometrically onto [min, max]. Tiny on
 * purpose: the first-paint element imports it.
 * @module
 */

/** Slider resolution of log knobs. */
export const LOG_STEPS = 1000;

/** The knob value at a log slider position. */
export function logValue(position: number, min: number, max: number): number {
  return min * (max / min) ** (position / LOG_STEPS);
}

/** The log slider position nearest to `value`. */
export function logPosition(value: number, min: number, max: number): number {
  return Math.round((Math.log(value / min) / Math.log(max / min)) * LOG_STEPS);
}

/** The value a number knob's slider stands for: its position, or on a log slider the value that position maps to. */
export function sliderValue(input: { readonly value: string; readonly dataset: DOMStringMap }): number {
  const position = Number(input.value);
  return input.dataset.log === undefined ? position : logValue(position, Number(input.dataset.min), Number(input.dataset.max));
}

/** A knob value for display: 4 significant digits, exponent form for tiny or huge values. */
export function formatKnob(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e5) return value.toExponential(2).replace('e', '·10^').replace('+', '');
  return String(Number(value.toPrecision(4)));
}

/** Knobs worked on the figure itself (timelines, points): their code (figure-knobs.ts) loads only where they are. */
export const FIGURE_KNOBS = '[data-kind="timeline"], [data-kind="point"]';
