/**
 * Everything a snippet does after the reader's first interaction: editor,
 * runs, knobs, figures, saved edits, Reset, Copy and Share. Loaded by the
 * first-paint element (live-snippet.ts) on demand; one controller per snippet.
 * @module
 */
import { pageLocale, ui, type Dictionary, type Locale } from '../i18n';
import { DEFAULT_TIME_LIMIT_S } from '../runtime/protocol';
import { MAX_FIGURES_PER_RUN } from '../runtime/limits';
import type { KnobDecl, KnobValue } from '../runtime/snippet';
import { ConsoleView } from './console-view';
import { CodePane } from '../live-code/code-pane';
import { whenIdle } from '../live-code/idle';
import { PlotlyBoard, loadPlotly, type FrameKind } from '../live-code/plotly-board';
import { knobsHtml, readKnobValues, snippetDomId } from './knob-markup';
import { FIGURE_KNOBS } from './knob-scale';
import { doneMessage, errorMessage } from '../live-code/messages';
import { SnippetRunner, type RunHandle } from './runner';
import { parseShareHash, shareLink } from './share';
import { setUnfolded } from './fold';
import { browserStore, clearBackup, clearEdit, loadBackup, loadEdit, saveBackup, saveEdit } from './storage';

/** What the reader asked for; the first-paint element forwards these. */
export type Action = 'edit' | 'run' | 'stop' | 'reset' | 'copy' | 'share' | 'knob' | 'slide' | 'live-knob' | 'restore' | 'open-share' | 'warm';

/** The observable state of a snippet, mirrored in `data-state` for styles and tests. */
export type RunState = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped';

/**
 * How long a run may go on before a knob move cancels it. A shorter run is let finish (in a frame or
 * a few) and the newest knob values run next in the warm worker; a longer one is stopped at once, its
 * worker with it, and the newest values start in a fresh worker.
 */
const KNOB_CANCELS_AFTER_MS = 100;

/** The playground of one `<live-snippet>` element. */
export class Playground {
  private readonly id: string;
  private readonly original: string;
  private readonly hash: string;
  private readonly pane: CodePane<RunState>;
  private run: RunHandle | null = null;
  private readonly runner = new SnippetRunner();
  /** The knob values of the latest run, as JSON (a change event after the last input event runs nothing new). */
  private lastKnobs = '';
  /** A knob moved since the last run started: run again with the newest values when the worker is free. */
  private knobPending = false;
  /** The pending knob change comes from a slider being dragged: its frames are drag frames (plotly-board.ts). */
  private slidePending = false;
  private knobFrame = 0;
  private knobTimer = 0;
  /** Counts start() calls, so only the newest one starts a worker. */
  private starts = 0;
  private readonly board: PlotlyBoard;
  private readonly console: ConsoleView;
  private saveTimer = 0;
  /** The page's language, and its snippet texts (the figures' language is the element's `data-locale`). */
  private readonly locale: Locale = pageLocale();
  private readonly t: Dictionary['snippet'] = ui(this.locale).snippet;
  /** Timestamps for the measurements the browser suite reports. */
  readonly timings: { editorReady?: number; runStarted?: number; firstFigure?: number } = {};

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset.id as string;
    this.hash = root.dataset.hash as string;
    this.pane = new CodePane<RunState>(root, {
      modelId: this.id,
      busyState: 'running',
      readyText: this.t.editorReady,
      onChange: () => this.scheduleSave(),
      onRun: () => void this.start(),
      // A reader who edits will run next: fetch Plotly when the page is idle.
      onEditorModule: () => whenIdle(() => void loadPlotly()),
      onEditorReady: (loadMs) => void (this.timings.editorReady = loadMs),
    });
    this.original = this.pane.original;
    this.board = new PlotlyBoard(this.pane.part('figures'));
    this.console = new ConsoleView(this.pane.part('console'));
  }

  private button(action: string): HTMLButtonElement {
    return this.root.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;
  }

  /** The code as the reader sees it now. */
  currentCode(): string {
    return this.pane.current();
  }

  /** Replaces the code (Reset, a share link, tests). */
  async setCode(code: string): Promise<void> {
    this.pane.set(code);
  }

  /** Handles one reader action. */
  async handle(action: Action): Promise<void> {
    switch (action) {
      case 'edit':
        setUnfolded(this.root, true, true); // the editor lives in the folded part
        return void (await this.pane.ensureEditor()).focus();
      case 'run': return this.start();
      case 'knob': return this.knobMoved(false);
      case 'slide': return this.knobMoved(true);
      case 'warm': return this.warm();
      case 'live-knob': return this.sendLiveKnobs();
      case 'stop':
        this.board.cancel(); // draws still queued from the run must not keep the page busy
        return this.run?.stop();
      case 'reset': return this.reset();
      case 'copy': return this.copy();
      case 'share': return this.share();
      case 'restore': return this.restore();
      case 'open-share': return this.openShare();
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), 300);
  }

  /** Saves the current code; when the browser refuses, says so (the editor still holds the code). */
  private save(): boolean {
    const code = this.currentCode();
    const store = browserStore();
    const saved = store !== null && saveEdit(store, this.id, code, this.original, this.hash);
    this.root.toggleAttribute('data-edited', code !== this.original);
    if (!saved && code !== this.original) this.pane.notice(this.t.notSaved);
    return saved;
  }

  private restore(): void {
    const store = browserStore();
    if (!this.pane.untouched || !store) return; // only on page load, never over newer work
    const saved = loadEdit(store, this.id, this.hash);
    if (!saved || saved.code === this.original) return;
    void this.setCode(saved.code);
    this.root.toggleAttribute('data-edited', true);
    this.pane.notice(saved.outdated ? this.t.savedOlder : this.t.savedEdit);
    const backup = loadBackup(store, this.id);
    if (backup !== null && backup !== saved.code) this.offerBackup(backup);
  }

  private async openShare(): Promise<void> {
    const shared = parseShareHash(location.hash, this.locale);
    if (!shared || shared.snippetId !== this.id) return;
    const dropHash = () => history.replaceState(history.state, '', location.pathname + location.search);
    if (!('code' in shared)) {
      this.pane.notice(shared.problem);
      return dropHash();
    }
    // The reader's own edit is never overwritten by a link: it is kept as the backup, and the notice offers it.
    const store = browserStore();
    const previous = store ? loadEdit(store, this.id, this.hash)?.code ?? null : null;
    const replaced = previous !== null && previous !== shared.code && previous !== this.original ? previous : null;
    if (replaced !== null && store) saveBackup(store, this.id, replaced);
    await this.setCode(shared.code);
    this.pane.status(this.t.sharedStatus, 'idle');
    await this.pane.ensureEditor();
    const saved = this.save(); // kept as the reader's edit, so the link's hash can go
    this.pane.notice(this.t.sharedNotice + (saved ? '' : ` ${this.t.notSaved}`));
    if (replaced !== null) this.offerBackup(replaced);
    dropHash();
  }

  /** Adds "Restore my previous edit" to the notice: the edit a share link replaced comes back. */
  private offerBackup(backup: string): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.role = 'restore-backup';
    button.textContent = this.t.restoreBackup;
    button.addEventListener('click', async () => {
      await this.setCode(backup);
      this.save();
      const store = browserStore();
      if (store) clearBackup(store, this.id);
      this.pane.notice(this.t.backupRestored);
    });
    const notice = this.pane.part('notice');
    notice.append(` ${this.t.backupKept} `, button);
    notice.hidden = false;
  }

  private async reset(): Promise<void> {
    const edited = this.currentCode() !== this.original;
    if (edited && !confirm(this.t.resetConfirm)) return;
    this.run?.stop();
    await this.setCode(this.original);
    clearEdit(localStorage, this.id);
    this.root.toggleAttribute('data-edited', false);
    this.pane.editor?.markRunError(null);
    this.pane.notice(null);
    this.pane.status(this.t.restored);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.currentCode());
      this.pane.status(this.t.copied);
    } catch {
      this.pane.status(this.t.copyBlocked);
    }
  }

  private async share(): Promise<void> {
    const link = shareLink(location.href, { snippetId: this.id, code: this.currentCode() });
    const field = this.pane.part<HTMLInputElement>('share-link');
    field.value = link;
    field.parentElement!.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(link);
      this.pane.status(this.t.shareCopied);
    } catch {
      this.pane.status(this.t.shareReady);
    }
  }

  private knobValues(): Record<string, KnobValue> {
    return readKnobValues(this.pane.part('knobs'));
  }

  /**
   * The snippet neared the viewport and the page is idle: its worker starts now (the bundle parses off
   * the main thread), so the first Run only posts the code. Not after a run: Stop and the time limit
   * end a worker on purpose, and the next run starts a fresh one then.
   */
  private warm(): void {
    if (this.timings.runStarted !== undefined || !this.runner.warm(this.pane.current())) return;
    this.root.dataset.prewarmed = ''; // for tests
    this.board.warmRenderer(whenIdle);
  }

  /**
   * A knob moved (every input event while dragging): the newest values win. When nothing runs it runs
   * at once; while a run is in flight, at most one new run starts per frame.
   */
  private knobMoved(slide: boolean): void {
    if (JSON.stringify(this.knobValues()) === this.lastKnobs) return;
    this.knobPending = true;
    this.slidePending ||= slide;
    if (!this.run && !this.knobFrame) return this.runPendingKnobs();
    this.knobFrame ||= requestAnimationFrame(() => {
      this.knobFrame = 0;
      this.runPendingKnobs();
    });
  }

  /** Runs the newest knob values: now, or once the run in flight answers, or when it has gone on too long. */
  private runPendingKnobs(): void {
    if (!this.knobPending) return;
    clearTimeout(this.knobTimer);
    const elapsed = performance.now() - (this.timings.runStarted ?? 0);
    if (this.run && elapsed < KNOB_CANCELS_AFTER_MS) {
      this.knobTimer = window.setTimeout(() => this.runPendingKnobs(), KNOB_CANCELS_AFTER_MS - elapsed);
      return;
    }
    this.knobPending = false;
    void this.start();
  }

  private sendLiveKnobs(): void {
    if (!this.run) return void this.start();
    for (const [name, value] of Object.entries(this.knobValues())) this.run.setLive(name, value);
  }

  /**
   * Re-renders the knob controls when an edited snippet declares a different set: mid-run only to add
   * the knobs it has declared so far (a live knob is needed at once), at the end also to drop the rest.
   */
  private syncKnobs(decls: readonly KnobDecl[], final = false): void {
    const container = this.pane.part('knobs');
    const shown = new Set([...container.querySelectorAll<HTMLElement>('[data-knob]')].map((e) => e.dataset.knob));
    const declared = new Set(decls.map((d) => d.name));
    const missing = [...declared].some((name) => !shown.has(name));
    const extra = [...shown].some((name) => !declared.has(name as string));
    if (!missing && !(final && extra)) return;
    container.innerHTML = knobsHtml(decls, snippetDomId(this.id), this.knobValues(), this.t.knobs);
    if (container.querySelector(FIGURE_KNOBS)) void import('./figure-knobs').then((m) => m.attachFigureKnobs(this.root));
  }

  /** Runs the current code with the current knobs (stopping a run in progress). */
  private async start(): Promise<void> {
    const previous = this.run;
    this.run = null;
    previous?.stop();
    this.timings.runStarted = performance.now();
    delete this.root.dataset.worker; // set again once this run has its worker
    this.board.holdSettle();
    const frames = this.slidePending ? 'drag' : 'settled';
    this.knobPending = false;
    this.slidePending = false;
    this.lastKnobs = JSON.stringify(this.knobValues());
    // Plotly is not fetched here: the first frames draw as SVG (plotly-board.ts) and Plotly follows them.
    this.timings.firstFigure = undefined;
    this.pane.status(this.t.preparing, 'running');
    const started = ++this.starts;
    const prepared = await this.pane.prepare('running');
    if (started !== this.starts) return; // a newer start (a knob moved while the editor transpiled) takes over
    if (prepared.syntax) return this.pane.status(this.t.syntaxError(prepared.syntax.line, prepared.syntax.message), 'error');
    this.startWorker(prepared.code, prepared.lineMap, frames);
  }

  private startWorker(code: string, lineMap: number[] | undefined, frames: FrameKind): void {
    const decls: KnobDecl[] = [];
    const drawn = new Set<string>();
    const progress = this.pane.part<HTMLProgressElement>('progress');
    const timeLimit = (Number(this.root.dataset.timeLimit) || DEFAULT_TIME_LIMIT_S) * 1000;
    progress.value = 0;
    this.console.restart();
    this.button('stop').disabled = false;
    this.pane.status(this.t.running, 'running');
    const finish = (text: string, state: RunState) => {
      if (this.run !== handle) return; // a newer run took over (a knob moved)
      this.button('stop').disabled = true;
      this.run = null;
      this.root.dataset.runs = String(Number(this.root.dataset.runs ?? 0) + 1); // finished runs, for tests
      this.pane.status(text, state);
      this.console.settle();
      if (frames === 'drag') this.board.settleLater();
      this.runPendingKnobs(); // a knob moved during the run
    };
    // eslint-disable-next-line prefer-const -- the callbacks above need the handle
    let handle: RunHandle;
    const failed = (error: unknown) => {
      handle.stop();
      finish(this.t.outputFailed(error instanceof Error ? error.message : String(error)), 'error');
    };
    /** The run's output must never leave the snippet stuck in "Running…": a handler that throws ends the run. */
    const guarded = <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        failed(error);
      }
    };
    let figureLimitSaid = false;
    handle = this.runner.start({ code, lineMap, knobs: this.knobValues(), locale: this.root.dataset.locale === 'zh-cn' ? 'zh-cn' : 'en', timeLimitMs: timeLimit }, {
      knob: guarded(({ decl }) => {
        decls.push(decl);
        // Show an edited snippet's controls as soon as it declares them (a live knob is needed mid-run).
        requestAnimationFrame(() => this.run === handle && this.syncKnobs(decls, false));
      }),
      figures: guarded(({ figures }) => {
        const shown = figures.filter((f) => drawn.has(f.id) || (drawn.size < MAX_FIGURES_PER_RUN && drawn.add(f.id)));
        if (shown.length < figures.length && !figureLimitSaid) {
          figureLimitSaid = true;
          this.console.append([this.t.figureLimit(MAX_FIGURES_PER_RUN)]);
        }
        this.syncKnobs(decls, false);
        this.board.update(shown, frames);
      }),
      progress: guarded(({ fraction }) => void (progress.value = fraction)),
      log: guarded(({ lines }) => this.console.append(lines)),
      notes: guarded((lines) => this.console.append(lines)),
      done: guarded(({ milliseconds }) => {
        progress.value = 1;
        this.syncKnobs(decls, true);
        this.board.keepOnly(drawn);
        finish(doneMessage(milliseconds, this.locale), 'done');
      }),
      error: guarded((error) => {
        const text = errorMessage(error, this.locale);
        this.pane.editor?.markRunError(error.line ?? null, text);
        finish(text, 'error');
      }),
      ended: (reason, detail) => {
        if (reason !== 'crashed') this.board.cancel();
        finish(detail, reason === 'crashed' ? 'error' : 'stopped');
      },
    });
    this.run = handle;
    this.root.dataset.worker = handle.warm ? 'warm' : 'fresh'; // for tests: did the run reuse the warm worker?
    this.board.onDrawn = () => {
      this.timings.firstFigure ??= performance.now() - (this.timings.runStarted ?? 0);
    };
  }
}
