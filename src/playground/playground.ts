/**
 * Everything a snippet does after the reader's first interaction: editor,
 * runs, knobs, figures, saved edits, Reset, Copy and Share. Loaded by the
 * first-paint element (live-snippet.ts) on demand; one controller per snippet.
 * @module
 */
import type { KnobDecl, KnobValue } from '../runtime/snippet';
import { ConsoleView } from './console-view';
import type { SnippetEditor } from './editor';
import { FigureBoard, loadPlotly } from './figures';
import { knobsHtml, readKnobValues } from './knob-markup';
import { doneMessage, errorMessage } from './messages';
import { startRun, type RunHandle } from './runner';
import { readShareHash, shareLink } from './share';
import { clearEdit, loadEdit, saveEdit } from './storage';

/** What the reader asked for; the first-paint element forwards these. */
export type Action = 'edit' | 'run' | 'stop' | 'reset' | 'copy' | 'share' | 'knob' | 'live-knob' | 'restore' | 'open-share';

/** The observable state of a snippet, mirrored in `data-state` for styles and tests. */
export type RunState = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped';

const DEFAULT_TIME_LIMIT_S = 60;

/** The playground of one `<live-snippet>` element. */
export class Playground {
  private readonly id: string;
  private readonly original: string;
  private readonly hash: string;
  private code: string;
  private editor: SnippetEditor | null = null;
  private editorLoading: Promise<SnippetEditor> | null = null;
  private run: RunHandle | null = null;
  private readonly board: FigureBoard;
  private readonly console: ConsoleView;
  private saveTimer = 0;
  /** Timestamps for the measurements the browser suite reports. */
  readonly timings: { editorReady?: number; runStarted?: number; firstFigure?: number } = {};

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.id as string;
    this.hash = root.dataset.hash as string;
    this.original = JSON.parse(this.part('source').textContent ?? '""') as string;
    this.code = this.original;
    this.board = new FigureBoard(this.part('figures'));
    this.console = new ConsoleView(this.part('console'));
  }

  private part<T extends HTMLElement = HTMLElement>(role: string): T {
    return this.root.querySelector(`[data-role="${role}"]`) as T;
  }

  private button(action: string): HTMLButtonElement {
    return this.root.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;
  }

  /** Announces `text` in the snippet's live region. */
  private status(text: string, state?: RunState): void {
    this.part('status').textContent = text;
    if (state) this.root.dataset.state = state;
  }

  private notice(text: string | null): void {
    const notice = this.part('notice');
    notice.hidden = text === null;
    notice.textContent = text ?? '';
  }

  /** The code as the reader sees it now. */
  currentCode(): string {
    return this.editor ? this.editor.getValue() : this.code;
  }

  /** Replaces the code (Reset, a share link, tests). */
  async setCode(code: string): Promise<void> {
    this.code = code;
    if (this.editor) this.editor.setValue(code);
    else this.showPlainCode(code);
  }

  /** Without the editor, an edited or shared version is shown as plain text in place of the highlighted original. */
  private showPlainCode(code: string): void {
    const view = this.part('code');
    if (code === this.original) {
      view.querySelector('[data-plain]')?.remove();
      view.querySelector<HTMLElement>('pre:not([data-plain])')!.hidden = false;
      return;
    }
    let plain = view.querySelector<HTMLElement>('[data-plain]');
    if (!plain) {
      plain = document.createElement('pre');
      plain.dataset.plain = '';
      view.append(plain);
    }
    view.querySelector<HTMLElement>('pre:not([data-plain])')!.hidden = true;
    plain.textContent = code;
  }

  /** Handles one reader action. */
  async handle(action: Action): Promise<void> {
    switch (action) {
      case 'edit': return void (await this.ensureEditor()).focus();
      case 'run':
      case 'knob': return this.start();
      case 'live-knob': return this.sendLiveKnobs();
      case 'stop': return this.run?.stop();
      case 'reset': return this.reset();
      case 'copy': return this.copy();
      case 'share': return this.share();
      case 'restore': return this.restore();
      case 'open-share': return this.openShare();
    }
  }

  private ensureEditor(): Promise<SnippetEditor> {
    this.editorLoading ??= (async () => {
      const started = performance.now();
      this.status('Loading the editor…', this.root.dataset.state === 'running' ? 'running' : 'loading');
      const { createEditor } = await import('./editor');
      // A reader who edits will run next: fetch Plotly when the page is idle (Safari has no requestIdleCallback).
      const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
      idle(() => void loadPlotly());
      const host = this.part('editor');
      host.hidden = false;
      const code = this.currentCode();
      this.editor = createEditor(host, this.id, code, () => this.scheduleSave(), () => void this.start());
      this.part('code').hidden = true;
      this.root.dataset.editor = 'ready';
      this.timings.editorReady = performance.now() - started;
      if (this.root.dataset.state === 'loading') this.status('Editor ready. Ctrl+Enter or Run runs the code.', 'idle');
      return this.editor;
    })();
    return this.editorLoading;
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), 300);
  }

  private save(): void {
    const code = this.currentCode();
    saveEdit(localStorage, this.id, code, this.original, this.hash);
    this.root.toggleAttribute('data-edited', code !== this.original);
  }

  private restore(): void {
    if (this.editor || this.code !== this.original) return; // only on page load, never over newer work
    const saved = loadEdit(localStorage, this.id, this.hash);
    if (!saved || saved.code === this.original) return;
    void this.setCode(saved.code);
    this.root.toggleAttribute('data-edited', true);
    this.notice(saved.outdated
      ? 'Your saved edit is based on an older version of this snippet. Reset loads the current version.'
      : 'Showing your edited version, saved in this browser. The figures show the original until you Run.');
  }

  private async openShare(): Promise<void> {
    const shared = readShareHash(location.hash);
    if (!shared || shared.snippetId !== this.id) return;
    await this.setCode(shared.code);
    this.notice('This snippet shows code from a share link. It has not run: read it, then press Run.');
    this.status('Shared code loaded; nothing has run.', 'idle');
    await this.ensureEditor();
    this.save(); // kept as the reader's edit, so the link's hash can go
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  private async reset(): Promise<void> {
    const edited = this.currentCode() !== this.original;
    if (edited && !confirm('Discard your changes to this snippet and restore the original?')) return;
    this.run?.stop();
    await this.setCode(this.original);
    clearEdit(localStorage, this.id);
    this.root.toggleAttribute('data-edited', false);
    this.editor?.markRunError(null);
    this.notice(null);
    this.status('Restored the original code.');
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.currentCode());
      this.status('Code copied to the clipboard.');
    } catch {
      this.status('Copying is blocked here; select the code and copy it by hand.');
    }
  }

  private async share(): Promise<void> {
    const link = shareLink(location.href, { snippetId: this.id, code: this.currentCode() });
    const field = this.part<HTMLInputElement>('share-link');
    field.value = link;
    field.parentElement!.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(link);
      this.status('Share link copied. Opening it shows this code and runs nothing until Run.');
    } catch {
      this.status('Share link ready below; copy it from the field.');
    }
  }

  private knobValues(): Record<string, KnobValue> {
    return readKnobValues(this.part('knobs'));
  }

  private sendLiveKnobs(): void {
    if (!this.run) return void this.start();
    for (const [name, value] of Object.entries(this.knobValues())) this.run.setLive(name, value);
  }

  /** Re-renders the knob controls when an edited snippet declares a different set. */
  private syncKnobs(decls: readonly KnobDecl[]): void {
    const container = this.part('knobs');
    const shown = [...container.querySelectorAll<HTMLElement>('[data-knob]')].map((e) => e.dataset.knob).join(',');
    const declared = [...new Set(decls.map((d) => d.name))].join(',');
    if (shown === declared) return;
    container.innerHTML = knobsHtml(decls, this.id.replace(/\W/g, '-'), this.knobValues());
  }

  /** Runs the current code with the current knobs (stopping a run in progress). */
  private async start(): Promise<void> {
    const previous = this.run;
    this.run = null;
    previous?.stop();
    this.timings.runStarted = performance.now();
    void loadPlotly(); // fetch and parse Plotly while the worker starts, not after its first figure
    this.timings.firstFigure = undefined;
    this.status('Preparing…', 'running');
    let code = this.currentCode();
    let lineMap: number[] | undefined;
    if (this.editor) {
      const problems = await this.editor.problems();
      const syntax = problems.find((p) => p.syntax);
      if (syntax) return this.status(`Syntax error at line ${syntax.line}: ${syntax.message}`, 'error');
      ({ code, lineMap } = await this.editor.transpile());
      const typeError = problems[0];
      if (typeError) this.notice(`Type error at line ${typeError.line}: ${typeError.message} (running anyway).`);
      else this.notice(null);
      this.editor.markRunError(null);
    }
    this.startWorker(code, lineMap);
  }

  private startWorker(code: string, lineMap: number[] | undefined): void {
    const decls: KnobDecl[] = [];
    const drawn = new Set<string>();
    const progress = this.part<HTMLProgressElement>('progress');
    const timeLimit = Number(this.root.dataset.timeLimit ?? DEFAULT_TIME_LIMIT_S) * 1000;
    progress.value = 0;
    this.console.clear();
    this.button('stop').disabled = false;
    this.status('Running…', 'running');
    const finish = (text: string, state: RunState) => {
      if (this.run !== handle) return; // a newer run took over (a knob moved)
      this.button('stop').disabled = true;
      this.run = null;
      this.root.dataset.runs = String(Number(this.root.dataset.runs ?? 0) + 1); // finished runs, for tests
      this.status(text, state);
    };
    // eslint-disable-next-line prefer-const -- the callbacks above need the handle
    let handle: RunHandle;
    handle = startRun({ code, lineMap, knobs: this.knobValues(), timeLimitMs: timeLimit }, {
      knob: ({ decl }) => {
        decls.push(decl);
        // Show an edited snippet's controls as soon as it declares them (a live knob is needed mid-run).
        requestAnimationFrame(() => this.run === handle && this.syncKnobs(decls));
      },
      figures: ({ figures }) => {
        for (const f of figures) drawn.add(f.id);
        this.syncKnobs(decls);
        this.board.update(figures);
      },
      progress: ({ fraction }) => void (progress.value = fraction),
      log: ({ lines }) => this.console.append(lines),
      done: ({ milliseconds }) => {
        progress.value = 1;
        this.syncKnobs(decls);
        this.board.keepOnly(drawn);
        finish(doneMessage(milliseconds), 'done');
      },
      error: (error) => {
        const text = errorMessage(error);
        this.editor?.markRunError(error.line ?? null, text);
        finish(text, 'error');
      },
      ended: (reason, detail) => finish(detail, reason === 'crashed' ? 'error' : 'stopped'),
    });
    this.run = handle;
    this.board.onDrawn = () => {
      this.timings.firstFigure ??= performance.now() - (this.timings.runStarted ?? 0);
    };
  }
}
