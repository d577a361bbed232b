/**
 * Runs an exercise's hidden cases: each case's inputs go to the reader's
 * function and to the reference solution, and the two results are compared.
 * The same code runs in the page's check worker and in the Node tests that
 * prove each exercise honest.
 * @module
 */
import { localText, ui, type Locale } from '../i18n';
import { compareValues } from './compare';
import { formatValue, valueAt } from './format-value';
import { DEFAULT_TOLERANCE, type ExerciseFunction, type ExerciseSpec, type Tolerance } from './spec';

/** An error the reader's function threw, at the reader's line when known. */
export interface ThrownError {
  readonly name: string;
  readonly message: string;
  readonly line?: number;
}

/** The outcome of one case, as the page shows it. Expected values appear only for failed cases. */
export interface CaseResult {
  readonly name: string;
  readonly edge?: string;
  readonly passed: boolean;
  /** The case's hint (failed cases only). */
  readonly hint?: string;
  /** The reference's result (failed cases only). */
  readonly expected?: string;
  /** The reader's result (failed cases only, unless it threw). */
  readonly actual?: string;
  /** Where the results first differ and how, e.g. "[1].X: length 2 instead of 4". */
  readonly difference?: string;
  /** What the reader's function threw. */
  readonly error?: ThrownError;
}

/** Finds the reader's line in a thrown error (the worker maps stack frames; Node tests pass nothing). */
export type LineFinder = (error: unknown) => number | undefined;

function thrown(error: unknown, findLine?: LineFinder): ThrownError {
  const err = error instanceof Error ? error : new Error(String(error));
  return { name: err.name, message: err.message, line: findLine?.(error) };
}

/** What the reader's function did with one case's inputs: returned a value, or threw. */
export type CaseOutcome = { readonly value: unknown; readonly error?: undefined } | { readonly error: ThrownError; readonly value?: undefined };

/** What the page needs to know of a case to judge it (the case minus its inputs). */
export type CaseInfo = Pick<ExerciseSpec['cases'][number], 'name' | 'edge' | 'hint'>;

/** Calls `fn` with case `index`'s inputs; never throws. Runs where the reader's code runs (the sandbox). */
export function caseOutcome(spec: ExerciseSpec, index: number, fn: ExerciseFunction, findLine?: LineFinder): CaseOutcome {
  try {
    return { value: fn(...spec.cases[index].args()) };
  } catch (error) {
    return { error: thrown(error, findLine) };
  }
}

/**
 * Judges the reader's `outcome` of a case against the reference's `expected` value, with the case's
 * texts in `locale`. Runs in trusted code only.
 */
export function judgeCase(info: CaseInfo, outcome: CaseOutcome, expected: unknown, tolerance: Tolerance = DEFAULT_TOLERANCE, locale: Locale = 'en'): CaseResult {
  const name = localText(info.name, locale);
  const edge = info.edge === undefined ? undefined : localText(info.edge, locale);
  const hint = localText(info.hint, locale);
  if (outcome.error) return { name, edge, passed: false, hint, expected: formatValue(expected), error: outcome.error };
  const actual = outcome.value;
  const comparison = compareValues(actual, expected, tolerance);
  if (comparison.equal) return { name, edge, passed: true };
  const { path, reason } = comparison;
  let difference = path ? `at ${path}: ${reason}` : reason;
  if (path && reason === 'values differ') {
    difference += ` (expected ${formatValue(valueAt(expected, path))}, got ${formatValue(valueAt(actual, path))})`;
  }
  return { name, edge, passed: false, hint, expected: formatValue(expected), actual: formatValue(actual), difference };
}

/** Runs one case of `spec`; never throws for the reader's mistakes (a throwing reference is an author bug and does throw). */
export function runCase(spec: ExerciseSpec, index: number, reader: ExerciseFunction, reference: ExerciseFunction, findLine?: LineFinder): CaseResult {
  const expected = reference(...spec.cases[index].args());
  return judgeCase(spec.cases[index], caseOutcome(spec, index, reader, findLine), expected, spec.tolerance);
}

/** Runs every case of `spec`, calling `onCase` before each (the page uses it to name a case that never returns). */
export function runCases(spec: ExerciseSpec, reader: ExerciseFunction, reference: ExerciseFunction, findLine?: LineFinder, onCase?: (index: number) => void): CaseResult[] {
  return spec.cases.map((_, index) => {
    onCase?.(index);
    return runCase(spec, index, reader, reference, findLine);
  });
}

/** "3 of 5 cases pass." and friends, in `locale`. */
export function summary(results: readonly CaseResult[], locale: Locale = 'en'): string {
  const t = ui(locale).exercise;
  const passed = results.filter((r) => r.passed).length;
  if (passed === results.length) return t.allPass(results.length);
  return t.someCasesPass(passed, results.length);
}

/** A case's name as the results show it, with the edge case it checks, in `locale`. */
export function caseTitle(result: Pick<CaseResult, 'name' | 'edge'>, locale: Locale = 'en'): string {
  return result.edge ? ui(locale).exercise.edgeCase(result.name, result.edge) : result.name;
}
