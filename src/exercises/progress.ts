/**
 * The reader's exercise progress, kept in localStorage: per exercise, whether
 * it was solved, whether it was tried (which unlocks the worked solution), and
 * the last code. Every key starts with {@link PROGRESS_PREFIX}, so "reset all"
 * finds them without a list.
 * @module
 */

/** The part of the Storage interface used here (localStorage, or a Map-backed fake in tests). */
export type ProgressStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Prefix of every progress key. */
export const PROGRESS_PREFIX = 'live-notes:exercise:';

/** Window event announcing a change of progress to the page's progress badges. */
export const PROGRESS_EVENT = 'live-notes:exercise-progress';

/** What is saved for one exercise. */
export interface ExerciseProgress {
  /** Every case passed on some Check (stays true after later edits: solved once is solved). */
  readonly solved: boolean;
  /** Check was pressed at least once. */
  readonly attempted: boolean;
  /** The reader's last code, or null when it is the starter. */
  readonly code: string | null;
  /** Hash of the starter the code was written from, to tell the reader when the author has changed it. */
  readonly starterHash: string | null;
  readonly savedAt: number;
}

const EMPTY: ExerciseProgress = { solved: false, attempted: false, code: null, starterHash: null, savedAt: 0 };

/** Storage key of an exercise, by its id (its folder under content/chapters). */
export function progressKey(exerciseId: string): string {
  return PROGRESS_PREFIX + exerciseId;
}

/** The saved progress of an exercise (nothing saved, or unreadable: not solved, not tried). */
export function loadProgress(store: ProgressStore, exerciseId: string): ExerciseProgress {
  try {
    const stored = JSON.parse(store.getItem(progressKey(exerciseId)) ?? 'null') as Partial<ExerciseProgress> | null;
    if (!stored || typeof stored !== 'object') return EMPTY;
    return {
      solved: stored.solved === true,
      attempted: stored.attempted === true,
      code: typeof stored.code === 'string' ? stored.code : null,
      starterHash: typeof stored.starterHash === 'string' ? stored.starterHash : null,
      savedAt: typeof stored.savedAt === 'number' ? stored.savedAt : 0,
    };
  } catch {
    return EMPTY;
  }
}

/**
 * Merges `change` into the saved progress. `solved` never goes back to false here
 * (only a reset clears it).
 * @returns false when storage is full or unavailable.
 */
export function updateProgress(store: ProgressStore, exerciseId: string, change: Partial<Omit<ExerciseProgress, 'savedAt'>>, now = Date.now()): boolean {
  const previous = loadProgress(store, exerciseId);
  const next: ExerciseProgress = {
    solved: previous.solved || change.solved === true,
    attempted: previous.attempted || change.attempted === true,
    code: change.code !== undefined ? change.code : previous.code,
    starterHash: change.starterHash !== undefined ? change.starterHash : previous.starterHash,
    savedAt: now,
  };
  try {
    store.setItem(progressKey(exerciseId), JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** Whether saved code was written from a starter other than the current one (the author changed the exercise). */
export function fromOlderStarter(progress: ExerciseProgress, currentStarterHash: string): boolean {
  return progress.code !== null && progress.starterHash !== null && progress.starterHash !== currentStarterHash;
}

/** Forgets one exercise's progress (its Reset). */
export function clearProgress(store: ProgressStore, exerciseId: string): void {
  try {
    store.removeItem(progressKey(exerciseId));
  } catch {
    // Storage unavailable: nothing was saved either.
  }
}

/** Forgets every exercise's progress; returns how many entries were removed. */
export function clearAllProgress(store: ProgressStore): number {
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PROGRESS_PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}

/** How many of `exerciseIds` are solved. */
export function countSolved(store: ProgressStore, exerciseIds: readonly string[]): number {
  return exerciseIds.filter((id) => loadProgress(store, id).solved).length;
}
