/**
 * The only exercise code a chapter page loads before the reader does anything:
 * a custom element that shows saved progress (solved, the reader's last code)
 * and, on the first Check, Edit, Show solution or click into the code, imports
 * the exercise controller with the editor and the check worker.
 * @module
 */
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
export class LiveExercise extends HTMLElement {
  private controller: Promise<Controller> | null = null;

  /** Loads the controller (once) and hands it `action`. */
  async activate(action: Action): Promise<Controller> {
    this.controller ??= import('./exercise-controller').then(({ ExerciseController }) => new ExerciseController(this));
    const controller = await this.controller;
    await controller.handle(action);
    return controller;
  }

  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.activate(button.dataset.action as Action);
      else if (target.closest('[data-role="code"]')) void this.activate('edit');
    });
    this.addEventListener('keydown', (event) => {
      if ((event.target as Element).closest('[data-role="code"]') && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        void this.activate('edit');
      }
    });
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
