/**
 * What a valid knob declaration is. One rule for both ends: `knob()`,
 * `choice()` and `toggle()` throw with these messages when a snippet declares
 * something invalid, and the page drops any declaration from a worker that
 * breaks them (a worker runs untrusted code and can post anything).
 * @module
 */
import { MAX_CHOICES, MAX_KNOB_TEXT, MAX_TIMELINE_STEPS } from './limits';
import type { KnobDecl, KnobValue } from './snippet';

/** A knob's name: a plain identifier (it is used in ids, share links and tests). */
const KNOB_NAME = /^[A-Za-z_][\w-]{0,63}$/;

function fail(what: string, message: string): never {
  throw new Error(`${what}: ${message}`);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkText(what: string, field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(what, `${field} must be a string.`);
  if (value.length > MAX_KNOB_TEXT) fail(what, `${field} is longer than ${MAX_KNOB_TEXT} characters.`);
  return value;
}

function isPoint(value: unknown): value is readonly [number, number] {
  return Array.isArray(value) && value.length === 2 && isFiniteNumber(value[0]) && isFiniteNumber(value[1]);
}

function checkRange(what: string, field: string, value: unknown): [number, number] {
  if (!isPoint(value) || !(value[0] < value[1])) fail(what, `${field} must be a range [min, max] of finite numbers with min < max.`);
  return [value[0], value[1]];
}

function inside(p: readonly [number, number], x: readonly [number, number], y: readonly [number, number]): boolean {
  return p[0] >= x[0] && p[0] <= x[1] && p[1] >= y[0] && p[1] <= y[1];
}

/** Throws unless `name` is a plain identifier. */
export function checkKnobName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !KNOB_NAME.test(name)) fail(`Knob "${String(name).slice(0, 64)}"`, 'the name must be a plain identifier (letters, digits, _ and -).');
}

/**
 * Returns a clean copy of `decl` (only the known fields, each of the right type)
 * or throws saying what is wrong.
 */
export function checkKnobDecl(decl: unknown): KnobDecl {
  if (typeof decl !== 'object' || decl === null) fail('Knob', 'a declaration must be an object.');
  const d = decl as Record<string, unknown>;
  checkKnobName(d.name);
  const name = d.name;
  const what = `Knob "${name}"`;
  if (d.kind === 'number') {
    const o = (typeof d.options === 'object' && d.options !== null ? d.options : fail(what, 'options are missing.')) as Record<string, unknown>;
    const { min, max, step, log } = o;
    if (!isFiniteNumber(min) || !isFiniteNumber(max)) fail(what, 'min and max must be finite numbers.');
    if (!(min < max)) fail(what, 'min must be below max.');
    if (step !== undefined && !(isFiniteNumber(step) && step > 0 && step <= max - min)) fail(what, 'step must be a positive number no larger than max - min.');
    if (log !== undefined && typeof log !== 'boolean') fail(what, 'log must be true or false.');
    if (log && min <= 0) fail(what, 'a log-scale knob needs min > 0.');
    if (!isFiniteNumber(d.value)) fail(what, 'the default must be a finite number.');
    if (d.value < min || d.value > max) fail(what, `default ${d.value} is outside [${min}, ${max}].`);
    const label = checkText(what, 'label', o.label);
    const options = { min, max, ...(step === undefined ? {} : { step }), ...(log ? { log } : {}), ...(label === undefined ? {} : { label }) };
    return d.live === true ? { kind: 'number', name, value: d.value, options, live: true } : { kind: 'number', name, value: d.value, options };
  }
  if (d.kind === 'choice') {
    const choices = d.choices;
    if (!Array.isArray(choices) || choices.length === 0 || choices.length > MAX_CHOICES) fail(what, `choices must be a list of 1 to ${MAX_CHOICES} strings.`);
    for (const c of choices) if (typeof c !== 'string' || c.length > MAX_KNOB_TEXT) fail(what, `each choice must be a string of at most ${MAX_KNOB_TEXT} characters.`);
    if (typeof d.value !== 'string' || !choices.includes(d.value)) fail(what, `default "${String(d.value)}" is not one of ${choices.join(', ')}.`);
    const label = checkText(what, 'label', d.label);
    const shown = d.shown;
    if (shown !== undefined && (!Array.isArray(shown) || shown.length !== choices.length)) fail(what, 'shown must give one text per choice.');
    const words = shown === undefined ? undefined : (shown as unknown[]).map((s) => checkText(what, 'each shown text', s) ?? '');
    return { kind: 'choice', name, value: d.value, choices: [...(choices as string[])], ...(label === undefined ? {} : { label }), ...(words ? { shown: words } : {}) };
  }
  if (d.kind === 'toggle') {
    if (typeof d.value !== 'boolean') fail(what, 'the default must be true or false.');
    const label = checkText(what, 'label', d.label);
    return { kind: 'toggle', name, value: d.value, ...(label === undefined ? {} : { label }) };
  }
  if (d.kind === 'timeline') {
    const steps = d.steps;
    if (!Number.isInteger(steps) || (steps as number) < 1 || (steps as number) > MAX_TIMELINE_STEPS) fail(what, `steps must be a whole number from 1 to ${MAX_TIMELINE_STEPS}.`);
    if (!Number.isInteger(d.value) || (d.value as number) < 0 || (d.value as number) > (steps as number)) fail(what, `the starting step must be a whole number from 0 to ${steps}.`);
    const label = checkText(what, 'label', d.label);
    return { kind: 'timeline', name, value: d.value as number, steps: steps as number, ...(label === undefined ? {} : { label }) };
  }
  if (d.kind === 'point') {
    if (typeof d.figure !== 'string' || d.figure.length === 0 || d.figure.length > 100) fail(what, 'figure must be the id of a figure the snippet draws.');
    const x = checkRange(what, 'x', d.x);
    const y = checkRange(what, 'y', d.y);
    const value = d.value;
    if (!isPoint(value)) fail(what, 'the default must be a point [x, y] of finite numbers.');
    if (!inside(value, x, y)) fail(what, `default [${value.join(', ')}] is outside x ∈ [${x.join(', ')}], y ∈ [${y.join(', ')}].`);
    const label = checkText(what, 'label', d.label);
    return { kind: 'point', name, value: [value[0], value[1]], figure: d.figure, x, y, ...(label === undefined ? {} : { label }) };
  }
  return fail(what, 'kind must be number, choice, toggle, timeline or point.');
}

/** `value` when it is a valid value of `decl` (right type, in range, one of the choices), else undefined. */
export function validKnobValue(decl: KnobDecl, value: unknown): KnobValue | undefined {
  if (decl.kind === 'number') {
    return isFiniteNumber(value) && value >= decl.options.min && value <= decl.options.max ? value : undefined;
  }
  if (decl.kind === 'choice') return typeof value === 'string' && decl.choices.includes(value) ? value : undefined;
  if (decl.kind === 'timeline') return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= decl.steps ? value as number : undefined;
  if (decl.kind === 'point') return isPoint(value) && inside(value, decl.x, decl.y) ? [value[0], value[1]] : undefined;
  return typeof value === 'boolean' ? value : undefined;
}
