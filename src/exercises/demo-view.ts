/**
 * Draws an exercise's live figure (its demo, run by the check worker with the
 * reader's function) under the results, with the playground's Plotly figure
 * code: Plotly loads on the first demo, colours follow the theme. Any check
 * that does not pass removes it, so a figure always belongs to passing code.
 * @module
 */
import { PlotlyBoard } from '../live-code/plotly-board';
import type { DemoOutcome } from './demo';

const FIGURE_ID = 'exercise-demo';

/** The live figure of one exercise: a `<section data-role="demo">` created after the results on first use. */
export class DemoView {
  private section: HTMLElement | null = null;
  private board: PlotlyBoard | null = null;

  /** `label` is the figure's accessible name, in the page's language. */
  constructor(private readonly root: HTMLElement, private readonly label: string) {}

  private ensureSection(): { section: HTMLElement; board: PlotlyBoard } {
    if (!this.section || !this.board) {
      const section = document.createElement('section');
      section.className = 'exercise-demo';
      section.dataset.role = 'demo';
      section.setAttribute('aria-label', this.label);
      const plots = document.createElement('div');
      plots.dataset.role = 'demo-plot';
      const caption = document.createElement('p');
      caption.className = 'exercise-demo-caption';
      caption.dataset.role = 'demo-caption';
      section.append(plots, caption);
      this.root.querySelector('[data-role="results"]')!.after(section);
      this.section = section;
      this.board = new PlotlyBoard(plots);
    }
    return { section: this.section, board: this.board };
  }

  /** Shows `outcome` (the figure and its caption, or why it could not be drawn). */
  show(outcome: DemoOutcome): void {
    const { section, board } = this.ensureSection();
    section.querySelector('[data-role="demo-caption"]')!.textContent = outcome.figure ? outcome.figure.caption : outcome.error;
    if (outcome.figure) board.update([{ id: FIGURE_ID, data: outcome.figure.data, layout: outcome.figure.layout }]);
    else board.keepOnly(new Set());
    section.hidden = false;
  }

  /** Removes the figure (the code changed and no longer passes, or the check failed). */
  clear(): void {
    if (!this.section || !this.board) return;
    this.board.keepOnly(new Set());
    this.section.querySelector('[data-role="demo-caption"]')!.textContent = '';
    this.section.hidden = true;
  }
}
