/**
 * Everything an exercise does after the reader's first interaction: the
 * playground's editor (Monaco with the engine's types), Check in a worker with a
 * time limit, the results, the worked solution after a first attempt, saved
 * progress and Reset. Loaded on demand by live-exercise.ts; one per exercise.
 * @module
 */
import { pageLocale, ui, type Dictionary, type Locale } from '../i18n';
import { CodePane } from '../live-code/code-pane';
import { errorMessage } from '../live-code/messages';
import { startCheck, type CheckHandle } from './check-runner';
import { DemoView } from './demo-view';
import { fromOlderStarter, loadProgress, PROGRESS_EVENT, updateProgress } from './progress';
import { sourceHash } from '../live-code/source-hash';
import { renderResults } from './results-view';
import { summary } from './run-cases';

/** What the reader asked for; the first-paint element forwards these. */
export type ExerciseAction = 'edit' | 'check' | 'reset' | 'solution' | 'restore';

/** The observable state of an exercise, mirrored in `data-state` for styles and tests. */
export type ExerciseState = 'idle' | 'loading' | 'checking' | 'passed' | 'failed' | 'error';

const DEFAULT_TIME_LIMIT_S = 10;

/** Solutions' sources, one lazy chunk each: fetched when the reader asks to see one, never before. */
const solutionSources = import.meta.glob<string>('/content/chapters/*/exercises/*/solution.ts', { query: '?raw', import: 'default' });

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
  private readonly pane: CodePane<ExerciseState>;
  private check: CheckHandle | null = null;
  private saveTimer = 0;
  private readonly demo: DemoView;
  /** The page's language and its exercise texts. */
  private readonly locale: Locale = pageLocale();
  private readonly t: Dictionary['exercise'] = ui(this.locale).exercise;
  private readonly notSaved = ui(this.locale).snippet.notSaved;

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.id as string;
    this.pane = new CodePane<ExerciseState>(root, {
      modelId: `exercise/${this.id}`,
      busyState: 'checking',
      readyText: this.t.editorReady,
      onChange: () => this.scheduleSave(),
      onRun: () => void this.start(),
    });
    this.starter = this.pane.original;
    this.demo = new DemoView(root, this.t.demoLabel(root.querySelector('h3')?.textContent ?? ''));
  }

  /** The code as the reader sees it now. */
  currentCode(): string {
    return this.pane.current();
  }

  /** Replaces the code (Reset, restore, tests). */
  async setCode(code: string): Promise<void> {
    this.pane.set(code);
  }

  /** Handles one reader action. */
  async handle(action: ExerciseAction): Promise<void> {
    switch (action) {
      case 'edit': return void (await this.pane.ensureEditor()).focus();
      case 'check': return this.start();
      case 'reset': return this.reset();
      case 'solution': return this.showSolution();
      case 'restore': return this.restore();
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), 300);
  }

  private save(): void {
    const code = this.currentCode();
    const storage = store();
    const saved = storage !== null && updateProgress(storage, this.id, { code: code === this.starter ? null : code, starterHash: sourceHash(this.starter) });
    if (!saved) this.pane.notice(this.notSaved); // the editor keeps the code for as long as the page is open
  }

  private restore(): void {
    const storage = store();
    if (!this.pane.untouched || !storage) return; // only on page load, never over newer work
    const saved = loadProgress(storage, this.id);
    if (saved.code === null || saved.code === this.starter) return;
    void this.setCode(saved.code);
    this.pane.notice(fromOlderStarter(saved, sourceHash(this.starter)) ? this.t.savedChanged : this.t.saved);
  }

  /** Restores the starter code; "solved" stays (only the progress badge's Reset all clears it). */
  private async reset(): Promise<void> {
    if (this.currentCode() !== this.starter && !confirm(this.t.resetConfirm)) return;
    this.check?.stop();
    await this.setCode(this.starter);
    const storage = store();
    if (storage) updateProgress(storage, this.id, { code: null });
    this.pane.editor?.markRunError(null);
    this.pane.notice(null);
    renderResults(this.pane.part('results'), []);
    this.demo.clear();
    this.pane.status(this.t.restored, 'idle');
  }

  private async showSolution(): Promise<void> {
    const section = this.pane.part('solution');
    const load = solutionSources[`/content/chapters/${this.id}/solution.ts`];
    if (!load) return this.pane.status(this.t.noSolution);
    section.querySelector('pre')!.textContent = await load();
    section.hidden = false;
    section.querySelector('h4')?.scrollIntoView({ block: 'nearest' });
  }

  private finish(text: string, state: ExerciseState): void {
    this.check = null;
    this.root.dataset.checks = String(Number(this.root.dataset.checks ?? 0) + 1); // finished checks, for tests
    this.pane.part<HTMLButtonElement>('check-button').disabled = false;
    this.pane.status(text, state);
    if (state !== 'passed') this.demo.clear();
    const storage = store();
    const saved = storage !== null && updateProgress(storage, this.id, { attempted: true, solved: state === 'passed', code: this.currentCode() === this.starter ? null : this.currentCode() });
    if (!saved) this.pane.notice(this.notSaved);
    this.root.querySelector<HTMLElement>('button[data-action="solution"]')!.hidden = false;
    if (state === 'passed') {
      this.root.toggleAttribute('data-solved', true);
      this.pane.part('solved').hidden = false;
    }
    window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  }

  /** Checks the current code against the hidden cases. */
  private async start(): Promise<void> {
    this.check?.stop();
    this.check = null;
    this.pane.status(this.t.checking, 'checking');
    this.pane.part<HTMLButtonElement>('check-button').disabled = true;
    const prepared = await this.pane.prepare('checking');
    if (prepared.syntax) {
      const { line, message } = prepared.syntax;
      this.pane.editor?.markRunError(line, message);
      return this.finish(ui(this.locale).snippet.syntaxError(line, message), 'error');
    }
    const { code, lineMap } = prepared;
    const timeLimit = Number(this.root.dataset.timeLimit ?? DEFAULT_TIME_LIMIT_S) * 1000;
    const handle: CheckHandle = startCheck({ exerciseId: this.id, code, lineMap, locale: this.locale }, timeLimit, {
      results: ({ results, demo }) => {
        if (this.check !== handle) return;
        renderResults(this.pane.part('results'), results, this.locale);
        if (demo) this.demo.show(demo);
        else this.demo.clear();
        const firstError = results.find((r) => r.error?.line)?.error;
        if (firstError?.line) this.pane.editor?.markRunError(firstError.line, `${firstError.name}: ${firstError.message}`);
        this.finish(summary(results, this.locale), results.every((r) => r.passed) ? 'passed' : 'failed');
      },
      error: (error) => {
        if (this.check !== handle) return;
        const text = errorMessage(error, this.locale);
        this.pane.editor?.markRunError(error.line ?? null, text);
        renderResults(this.pane.part('results'), []);
        this.finish(text, 'error');
      },
      ended: (reason, detail) => {
        if (this.check !== handle || reason === 'stopped') return;
        renderResults(this.pane.part('results'), []);
        this.finish(detail, 'error');
      },
    });
    this.check = handle;
  }
}
