/**
 * Everything an exercise does after the reader's first interaction: the
 * playground's editor (Monaco with the engine's types), Check in a worker with a
 * time limit, the results, the worked solution after a first attempt, saved
 * progress and Reset. Loaded on demand by live-exercise.ts; one per exercise.
 * @module
 */
import type { SnippetEditor } from '../playground/editor';
import { errorMessage } from '../playground/messages';
import { startCheck, type CheckHandle } from './check-runner';
import { loadProgress, updateProgress } from './progress';
import { renderResults } from './results-view';
import { summary } from './run-cases';

/** What the reader asked for; the first-paint element forwards these. */
export type ExerciseAction = 'edit' | 'check' | 'reset' | 'solution' | 'restore';

/** The observable state of an exercise, mirrored in `data-state` for styles and tests. */
export type ExerciseState = 'idle' | 'loading' | 'checking' | 'passed' | 'failed' | 'error';

const DEFAULT_TIME_LIMIT_S = 10;

/** Solutions' sources, one lazy chunk each: fetched when the reader asks to see one, never before. */
const solutionSources = import.meta.glob<string>('/content/chapters/*/exercises/*/solution.ts', { query: '?raw', import: 'default' });

/** Announces a change of progress to the page's progress badges. */
export const PROGRESS_EVENT = 'live-notes:exercise-progress';

function store(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** The controller of one `<live-exercise>` element. */
export class ExerciseController {
  private readonly id: string;
  private readonly starter: string;
  private code: string;
  private editor: SnippetEditor | null = null;
  private editorLoading: Promise<SnippetEditor> | null = null;
  private check: CheckHandle | null = null;
  private saveTimer = 0;

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.id as string;
    this.starter = JSON.parse(this.part('source').textContent ?? '""') as string;
    this.code = this.starter;
  }

  private part<T extends HTMLElement = HTMLElement>(role: string): T {
    return this.root.querySelector(`[data-role="${role}"]`) as T;
  }

  private status(text: string, state?: ExerciseState): void {
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

  /** Replaces the code (Reset, restore, tests). */
  async setCode(code: string): Promise<void> {
    this.code = code;
    if (this.editor) this.editor.setValue(code);
    else this.showPlainCode(code);
  }

  /** Before the editor loads, the reader's saved code shows as plain text in place of the highlighted starter. */
  private showPlainCode(code: string): void {
    const view = this.part('code');
    const highlighted = view.querySelector<HTMLElement>('pre:not([data-plain])')!;
    let plain = view.querySelector<HTMLElement>('pre[data-plain]');
    if (code === this.starter) {
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

  /** Handles one reader action. */
  async handle(action: ExerciseAction): Promise<void> {
    switch (action) {
      case 'edit': return void (await this.ensureEditor()).focus();
      case 'check': return this.start();
      case 'reset': return this.reset();
      case 'solution': return this.showSolution();
      case 'restore': return this.restore();
    }
  }

  private ensureEditor(): Promise<SnippetEditor> {
    this.editorLoading ??= (async () => {
      this.status('Loading the editor…', this.root.dataset.state === 'checking' ? 'checking' : 'loading');
      const { createEditor } = await import('../playground/editor');
      const host = this.part('editor');
      host.hidden = false;
      this.editor = createEditor(host, `exercise/${this.id}`, this.currentCode(), () => this.scheduleSave(), () => void this.start());
      this.part('code').hidden = true;
      this.root.dataset.editor = 'ready';
      if (this.root.dataset.state === 'loading') this.status('Editor ready. Write the function, then press Check (or Ctrl+Enter).', 'idle');
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
    const storage = store();
    if (storage) updateProgress(storage, this.id, { code: code === this.starter ? null : code });
  }

  private restore(): void {
    const storage = store();
    if (this.editor || this.code !== this.starter || !storage) return; // only on page load, never over newer work
    const saved = loadProgress(storage, this.id);
    if (saved.code === null || saved.code === this.starter) return;
    void this.setCode(saved.code);
    this.notice('Showing your last code, saved in this browser.');
  }

  /** Restores the starter code; "solved" stays (only the progress badge's Reset all clears it). */
  private async reset(): Promise<void> {
    if (this.currentCode() !== this.starter && !confirm('Discard your code for this exercise and restore the starter?')) return;
    this.check?.stop();
    await this.setCode(this.starter);
    const storage = store();
    if (storage) updateProgress(storage, this.id, { code: null });
    this.editor?.markRunError(null);
    this.notice(null);
    renderResults(this.part('results'), []);
    this.status('Restored the starter code.', 'idle');
  }

  private async showSolution(): Promise<void> {
    const section = this.part('solution');
    const load = solutionSources[`/content/chapters/${this.id}/solution.ts`];
    if (!load) return this.status('No worked solution for this exercise.');
    section.querySelector('pre')!.textContent = await load();
    section.hidden = false;
    section.querySelector('h4')?.scrollIntoView({ block: 'nearest' });
  }

  private finish(text: string, state: ExerciseState): void {
    this.check = null;
    this.root.dataset.checks = String(Number(this.root.dataset.checks ?? 0) + 1); // finished checks, for tests
    this.part<HTMLButtonElement>('check-button').disabled = false;
    this.status(text, state);
    const storage = store();
    if (storage) updateProgress(storage, this.id, { attempted: true, solved: state === 'passed', code: this.currentCode() === this.starter ? null : this.currentCode() });
    this.root.querySelector<HTMLElement>('button[data-action="solution"]')!.hidden = false;
    if (state === 'passed') {
      this.root.toggleAttribute('data-solved', true);
      this.part('solved').hidden = false;
    }
    window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  }

  /** Checks the current code against the hidden cases. */
  private async start(): Promise<void> {
    this.check?.stop();
    this.check = null;
    this.status('Checking…', 'checking');
    this.part<HTMLButtonElement>('check-button').disabled = true;
    let code = this.currentCode();
    let lineMap: number[] | undefined;
    if (this.editor) {
      const problems = await this.editor.problems();
      const syntax = problems.find((p) => p.syntax);
      if (syntax) {
        this.editor.markRunError(syntax.line, syntax.message);
        return this.finish(`Syntax error at line ${syntax.line}: ${syntax.message}`, 'error');
      }
      ({ code, lineMap } = await this.editor.transpile());
      const typeError = problems[0];
      this.notice(typeError ? `Type error at line ${typeError.line}: ${typeError.message} (checking anyway).` : null);
      this.editor.markRunError(null);
    }
    const timeLimit = Number(this.root.dataset.timeLimit ?? DEFAULT_TIME_LIMIT_S) * 1000;
    const handle: CheckHandle = startCheck({ exerciseId: this.id, code, lineMap }, timeLimit, {
      results: ({ results }) => {
        if (this.check !== handle) return;
        renderResults(this.part('results'), results);
        const firstError = results.find((r) => r.error?.line)?.error;
        if (firstError?.line) this.editor?.markRunError(firstError.line, `${firstError.name}: ${firstError.message}`);
        this.finish(summary(results), results.every((r) => r.passed) ? 'passed' : 'failed');
      },
      error: (error) => {
        if (this.check !== handle) return;
        const text = errorMessage(error);
        this.editor?.markRunError(error.line ?? null, text);
        renderResults(this.part('results'), []);
        this.finish(text, 'error');
      },
      ended: (reason, detail) => {
        if (this.check !== handle || reason === 'stopped') return;
        renderResults(this.part('results'), []);
        this.finish(detail, 'error');
      },
    });
    this.check = handle;
  }
}
