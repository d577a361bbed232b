/**
 * `<exercise-progress>`: "N of M exercises solved", filled in from localStorage
 * after load (the badge stays hidden without JavaScript or storage), updated
 * when an exercise on the page is solved, with a Reset all button.
 * @module
 */
import { clearAllProgress, countSolved, PROGRESS_EVENT, PROGRESS_PREFIX } from './progress';

class ExerciseProgressBadge extends HTMLElement {
  private readonly update = () => this.render();

  connectedCallback(): void {
    this.render();
    window.addEventListener(PROGRESS_EVENT, this.update);
    this.querySelector('button[data-action="reset-all"]')?.addEventListener('click', () => {
      if (!confirm(this.dataset.confirm ?? '')) return;
      try {
        clearAllProgress(localStorage);
      } catch {
        return;
      }
      location.reload(); // every exercise on the page starts again from its starter
    });
  }

  disconnectedCallback(): void {
    window.removeEventListener(PROGRESS_EVENT, this.update);
  }

  private render(): void {
    const ids = (this.dataset.ids ?? '').split(',').filter(Boolean);
    let solved: number;
    try {
      solved = countSolved(localStorage, ids);
    } catch {
      return; // storage blocked: stay hidden, there is no progress to show
    }
    const count = this.querySelector<HTMLElement>('[data-role="count"]')!;
    // The wording comes from the page's language (src/i18n), with {solved} left for here.
    count.textContent = (this.dataset.solvedText ?? '').replace('{solved}', String(solved));
    this.dataset.solved = String(solved);
    this.querySelector<HTMLElement>('button[data-action="reset-all"]')!.hidden = solved === 0 && !this.hasAnyProgress();
    this.hidden = false;
  }

  private hasAnyProgress(): boolean {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(PROGRESS_PREFIX)) return true;
    return false;
  }
}

customElements.define('exercise-progress', ExerciseProgressBadge);
