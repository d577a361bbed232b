/**
 * The small console under a snippet's figures: the run's console.log lines,
 * capped so a chatty loop cannot grow the page without end.
 * @module
 */

/** Lines kept on screen; older ones scroll away. */
const MAX_LINES = 500;

/** Appends log lines to a `<pre>`. */
export class ConsoleView {
  private lines: string[] = [];
  private queued = false;

  constructor(private readonly element: HTMLElement) {}

  clear(): void {
    this.lines = [];
    this.element.textContent = '';
    this.element.hidden = true;
  }

  append(lines: readonly string[]): void {
    this.lines.push(...lines);
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.element.hidden = this.lines.length === 0;
      this.element.textContent = this.lines.join('\n');
      this.element.scrollTop = this.element.scrollHeight;
    });
  }
}
