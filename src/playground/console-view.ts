/**
 * The small console under a snippet's figures: the run's console.log lines,
 * capped so a chatty loop cannot grow the page without end.
 *
 * A new run's lines replace the last run's when they arrive, not when the run
 * starts: a slider drag re-runs the snippet many times a second, and a console
 * emptied at every start would blink and move the page under it. The console
 * keeps its newest line in view by CSS (live-code.css: a column-reverse box
 * scrolls from its end), so no frame reads back the layout.
 * @module
 */

/** Lines kept on screen; older ones scroll away. */
const MAX_LINES = 500;

/** Appends log lines to a `<pre>`. */
export class ConsoleView {
  private lines: string[] = [];
  private queued = false;
  /** A run started: its first line replaces what is shown. */
  private stale = false;

  constructor(private readonly element: HTMLElement) {}

  /** A run starts: the lines shown belong to the last run until this one prints or ends. */
  restart(): void {
    this.stale = true;
  }

  /** The run ended: if it printed nothing, the last run's lines go. */
  settle(): void {
    if (!this.stale) return;
    this.stale = false;
    this.lines = [];
    this.render();
  }

  append(lines: readonly string[]): void {
    if (this.stale) {
      this.stale = false;
      this.lines = [];
    }
    this.lines.push(...lines);
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
    this.render();
  }

  /** Writes the lines in the next frame (many appends in one frame are one write). */
  private render(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.element.hidden = this.lines.length === 0;
      this.element.textContent = this.lines.join('\n');
    });
  }
}
