/**
 * The code pane shared by a snippet's playground and an exercise: the
 * highlighted source from the page, the reader's edited version as plain text
 * until the editor loads, then Monaco; plus the status line and the notice
 * beside it. Lives in the controllers' lazy chunk, never in the first paint.
 * @module
 */
import { pageLocale, ui } from '../i18n';
import type { CodeProblem, SnippetEditor } from './editor';

/** The states every pane knows; the owner adds its own (running, checking, …). */
export type PaneState = 'idle' | 'loading';

/** What differs between the owners of a pane. */
export interface CodePaneOptions<State extends string> {
  /** The editor model's id (a snippet's id, `exercise/<id>` for an exercise). */
  readonly modelId: string;
  /** The state that stays while the editor loads, when the owner is busy with the code (a run, a check). */
  readonly busyState: State;
  /** The status shown once the editor is ready, when nothing else is going on. */
  readonly readyText: string;
  /** The reader changed the code (save it). */
  onChange(): void;
  /** The reader pressed Ctrl+Enter in the editor. */
  onRun(): void;
  /** The editor's module has arrived (a chance to prefetch what comes next). */
  onEditorModule?(): void;
  /** The editor is on screen, `loadMs` after it was asked for. */
  onEditorReady?(loadMs: number): void;
}

/** The current code made ready for a worker, or the syntax error that stops it. */
export type PreparedCode =
  | { readonly code: string; readonly lineMap?: number[]; readonly syntax?: undefined }
  | { readonly syntax: CodeProblem };

/** The code, editor and messages of one `<live-snippet>` or `<live-exercise>` element. */
export class CodePane<State extends string> {
  /** The code the page shipped (a snippet's source, an exercise's starter). */
  readonly original: string;
  private code: string;
  private editorInstance: SnippetEditor | null = null;
  private editorLoading: Promise<SnippetEditor> | null = null;
  /** The snippet texts of the page's language. */
  private readonly t = ui(pageLocale()).snippet;

  constructor(private readonly root: HTMLElement, private readonly options: CodePaneOptions<State>) {
    // The source travels in a <template> (inert text, exact to the character, and not a script).
    this.original = this.part<HTMLTemplateElement>('source').content.textContent ?? '';
    this.code = this.original;
  }

  /** The element's child with `data-role="<role>"`. */
  part<T extends HTMLElement = HTMLElement>(role: string): T {
    return this.root.querySelector(`[data-role="${role}"]`) as T;
  }

  /** The editor, once loaded. */
  get editor(): SnippetEditor | null {
    return this.editorInstance;
  }

  /** True until the reader's code or the editor replaced the page's code (restoring saved work is safe). */
  get untouched(): boolean {
    return !this.editorInstance && this.code === this.original;
  }

  /** Announces `text` in the element's live region and mirrors `state` in `data-state`. */
  status(text: string, state?: State | PaneState): void {
    this.part('status').textContent = text;
    if (state) this.root.dataset.state = state;
  }

  /** Shows a note about the code beside it (null hides it). */
  notice(text: string | null): void {
    const notice = this.part('notice');
    notice.hidden = text === null;
    notice.textContent = text ?? '';
  }

  /** The code as the reader sees it now. */
  current(): string {
    return this.editorInstance ? this.editorInstance.getValue() : this.code;
  }

  /** Replaces the code, in the editor or, before it loads, in the page. */
  set(code: string): void {
    this.code = code;
    if (this.editorInstance) this.editorInstance.setValue(code);
    else this.showPlain(code);
  }

  /** Before the editor loads, other code shows as plain text in place of the highlighted original. */
  private showPlain(code: string): void {
    const view = this.part('code');
    const highlighted = view.querySelector<HTMLElement>('pre:not([data-plain])')!;
    let plain = view.querySelector<HTMLElement>('pre[data-plain]');
    if (code === this.original) {
      plain?.remove();
      highlighted.hidden = false;
      return;
    }
    if (!plain) {
      plain = document.createElement('pre');
      plain.dataset.plain = '';
      view.append(plain);
    }
    highlighted.hidden = true;
    plain.textContent = code;
  }

  /** Loads the editor (once) in place of the page's code. */
  ensureEditor(): Promise<SnippetEditor> {
    this.editorLoading ??= (async () => {
      const started = performance.now();
      const busy = this.options.busyState;
      this.status(this.t.loadingEditor, this.root.dataset.state === busy ? busy : 'loading');
      const { createEditor } = await import('./editor');
      this.options.onEditorModule?.();
      const host = this.part('editor');
      host.hidden = false;
      this.editorInstance = createEditor(host, this.options.modelId, this.current(), () => this.options.onChange(), () => this.options.onRun());
      this.part('code').hidden = true;
      this.root.dataset.editor = 'ready';
      this.options.onEditorReady?.(performance.now() - started);
      if (this.root.dataset.state === 'loading') this.status(this.options.readyText, 'idle');
      return this.editorInstance;
    })();
    return this.editorLoading;
  }

  /**
   * The code for a worker. With the editor, a syntax error stops here; otherwise the
   * editor transpiles (keeping a line map), a type error becomes a notice (the code
   * still goes, `doing` anyway) and the last run's error mark is cleared.
   */
  async prepare(doing: 'running' | 'checking'): Promise<PreparedCode> {
    const editor = this.editorInstance;
    if (!editor) return { code: this.current() };
    const problems = await editor.problems();
    const syntax = problems.find((p) => p.syntax);
    if (syntax) return { syntax };
    const { code, lineMap } = await editor.transpile();
    const typeError = problems[0];
    this.notice(typeError ? this.t.typeError(typeError.line, typeError.message, doing) : null);
    editor.markRunError(null);
    return { code, lineMap };
  }
}
