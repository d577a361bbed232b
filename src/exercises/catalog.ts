/**
 * Every exercise of the course, found by its files: an exercise is a folder
 * content/chapters/NN-slug/exercises/<name>/ holding starter.ts, solution.ts,
 * cases.ts and instructions.mdx, and optionally demo.ts (a live figure drawn with
 * the reader's function once every case passes). Authors add one without touching this code.
 * Modules load lazily, when the reader presses Check, never before: the
 * attempt worker (reader code, sandboxed) loads the cases and demo, the
 * reference worker (trusted) the cases and the solution.
 * @module
 */
import type { ExerciseDemo } from './demo';
import type { ExerciseFunction, ExerciseSpec } from './spec';

const ROOT = '/content/chapters/';
const casesModules = import.meta.glob<{ default: ExerciseSpec }>('/content/chapters/*/exercises/*/cases.ts');
const solutionModules = import.meta.glob<Record<string, unknown>>('/content/chapters/*/exercises/*/solution.ts');
const demoModules = import.meta.glob<{ default: ExerciseDemo }>('/content/chapters/*/exercises/*/demo.ts');

/** An exercise's id is its folder under content/chapters, e.g. "03-momentum-rmsprop-adam/exercises/adam-step". */
export function exerciseIds(): string[] {
  return Object.keys(casesModules).map((path) => path.slice(ROOT.length, -'/cases.ts'.length)).sort();
}

/** An exercise's cases and its reference function. */
export interface LoadedExercise {
  readonly spec: ExerciseSpec;
  readonly reference: ExerciseFunction;
}

/** The exported function `name` of `module`, or an error naming what is missing. */
export function exportedFunction(module: Record<string, unknown>, name: string, file: string): ExerciseFunction {
  const fn = module[name];
  if (typeof fn !== 'function') throw new Error(`${file} must export a function named ${name}.`);
  return fn as ExerciseFunction;
}

/** Loads the cases of exercise `id` (what the reader's sandboxed worker needs: inputs, names, hints). */
export async function loadCases(id: string): Promise<ExerciseSpec> {
  const load = casesModules[`${ROOT}${id}/cases.ts`];
  if (!load) throw new Error(`No exercise content/chapters/${id} (it needs cases.ts and solution.ts).`);
  return (await load()).default;
}

/** Loads the cases and the reference solution of exercise `id`. */
export async function loadExercise(id: string): Promise<LoadedExercise> {
  const loadCases = casesModules[`${ROOT}${id}/cases.ts`];
  const loadSolution = solutionModules[`${ROOT}${id}/solution.ts`];
  if (!loadCases || !loadSolution) throw new Error(`No exercise content/chapters/${id} (it needs cases.ts and solution.ts).`);
  const [{ default: spec }, solution] = await Promise.all([loadCases(), loadSolution()]);
  return { spec, reference: exportedFunction(solution, spec.fn, `${id}/solution.ts`) };
}

/** True when exercise `id` has a live figure (demo.ts). */
export function hasDemo(id: string): boolean {
  return `${ROOT}${id}/demo.ts` in demoModules;
}

/** Loads the live figure of exercise `id` (its demo.ts), or null when it has none. */
export async function loadDemo(id: string): Promise<ExerciseDemo | null> {
  const load = demoModules[`${ROOT}${id}/demo.ts`];
  if (!load) return null;
  const { default: demo } = await load();
  if (typeof demo !== 'function') throw new Error(`content/chapters/${id}/demo.ts must export a function as default.`);
  return demo;
}
