/**
 * The only exercise code a chapter page loads before the reader does anything:
 * a custom element that shows saved progress (solved, the reader's last code)
 * and, on the first Check, Edit, Show solution or click into the code, imports
 * the exercise controller with the editor and the check worker.
 * @module
 */
import { LazyElement } from '../live-code/lazy-element';
import { loadProgress } from './progress';

type Action = import('./exercise-controller').ExerciseAction;
type Controller = import('./exercise-controller').ExerciseController;

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // storage blocked: no progress to show
  }
}

/** `<live-exercise>`: the first-paint shell of an exercise. */
export class LiveExercise extends LazyElement<Action, Controller> {
  protected load(): Promise<Controller> {
    return import('./exercise-controller').then(({ ExerciseController }) => new ExerciseController(this));
  }

  connectedCallback(): void {
    this.listenForActions();
    const store = storage();
    const progress = store ? loadProgress(store, this.dataset.id ?? '') : null;
    if (!progress) return;
    this.toggleAttribute('data-solved', progress.solved);
    this.querySelector<HTMLElement>('[data-role="solved"]')!.hidden = !progress.solved;
    this.querySelector<HTMLElement>('button[data-action="solution"]')!.hidden = !progress.attempted;
    if (progress.code !== null) void this.activate('restore');
  }
}

customElements.define('live-exercise', LiveExercise);
