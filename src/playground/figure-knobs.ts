/**
 * The knobs that live on the figure rather than beside it: a timeline's play / pause / step buttons,
 * and point knobs moved by dragging on their figure or with the arrow keys on it. Both only change
 * the knob fields (src/playground/knob-markup.ts) and fire the events a reader's own change would, so
 * re-running goes through the one path every knob takes (src/playground/live-snippet.ts).
 * Loaded after first paint, and only by snippets that declare such a knob.
 * @module
 */

/** While playing, the pause between one step's figure and the next step (slow motion: long enough to watch). */
const PLAY_PAUSE_MS = 40;
const SLOW_MOTION_PAUSE_MS = 450;
/** A timeline plays through in about this many steps at most (long timelines skip ahead). */
const PLAY_FRAMES = 150;
/** An arrow key moves a point by this share of its range. */
const ARROW_SHARE = 0.02;

/** A snippet run is over (its figure drawn): the element's `data-state` is no longer busy. */
const idle = (root: HTMLElement) => root.dataset.state !== 'running' && root.dataset.state !== 'loading';

/** Tells the snippet a knob moved, exactly as a reader's own input would. */
function announce(field: HTMLInputElement): void {
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Runs `send` now if the snippet is idle, else once its current run ends: while a timeline plays or a
 * point is dragged, each change waits for the last one's figure instead of cancelling it.
 */
class Pacer {
  private pending: (() => void) | null = null;
  private readonly observer: MutationObserver;

  constructor(private readonly root: HTMLElement) {
    this.observer = new MutationObserver(() => {
      if (!idle(this.root) || !this.pending) return;
      const send = this.pending;
      this.pending = null;
      send();
    });
    this.observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  }

  send(change: () => void): void {
    if (idle(this.root)) change();
    else this.pending = change;
  }
}

/** Play, pause and step buttons over one timeline's range input. */
class TimelinePlayer {
  private timer = 0;
  private playing = false;
  private readonly observer: MutationObserver;

  constructor(private readonly root: HTMLElement, private readonly range: HTMLInputElement, private readonly playButton: HTMLButtonElement) {
    // The next step is taken only once the last one is drawn, so playback never outruns the snippet.
    this.observer = new MutationObserver(() => {
      if (this.playing && idle(this.root)) this.scheduleNext();
    });
    this.observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  }

  private get max(): number {
    return Number(this.range.max);
  }

  private get slow(): boolean {
    return this.range.closest('.knob')?.querySelector<HTMLInputElement>('[data-timeline-slow]')?.checked ?? false;
  }

  /** Moves to step `k` (clamped) and re-runs the snippet there. */
  go(k: number): void {
    this.range.value = String(Math.min(this.max, Math.max(0, Math.round(k))));
    announce(this.range);
  }

  step(by: number): void {
    this.pause();
    this.go(Number(this.range.value) + by);
  }

  toggle(): void {
    if (this.playing) return this.pause();
    this.playing = true;
    this.playButton.setAttribute('aria-pressed', 'true');
    // From the end, play starts again at the beginning.
    this.go(Number(this.range.value) >= this.max ? 0 : Number(this.range.value) + this.stride());
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.timer);
    this.playButton.setAttribute('aria-pressed', 'false');
  }

  private stride(): number {
    return this.slow ? 1 : Math.max(1, Math.ceil(this.max / PLAY_FRAMES));
  }

  private scheduleNext(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!this.playing) return;
      const next = Number(this.range.value) + this.stride();
      if (next > this.max) return this.pause();
      this.go(next);
      if (next === this.max) this.pause();
    }, this.slow ? SLOW_MOTION_PAUSE_MS : PLAY_PAUSE_MS);
  }
}

/** Plotly's axis of a drawn figure, as far as mapping a pixel to data goes. */
interface PlotlyAxis {
  readonly _offset: number;
  readonly type: string;
  p2l(pixel: number): number;
}

/** The data coordinates under a pointer, when `figure` is a drawn Plotly plot (not yet: the build's SVG). */
function dataPoint(figure: HTMLElement, event: PointerEvent): [number, number] | null {
  // Plotly keeps its axes' pixel mapping on the element; its public events only report points of traces.
  const layout = (figure as HTMLElement & { _fullLayout?: { xaxis?: PlotlyAxis; yaxis?: PlotlyAxis } })._fullLayout;
  const xa = layout?.xaxis;
  const ya = layout?.yaxis;
  if (!xa || !ya || typeof xa.p2l !== 'function' || typeof ya.p2l !== 'function') return null;
  const box = figure.getBoundingClientRect();
  const value = (axis: PlotlyAxis, pixel: number) => (axis.type === 'log' ? 10 ** axis.p2l(pixel) : axis.p2l(pixel));
  return [value(xa, event.clientX - box.left - xa._offset), value(ya, event.clientY - box.top - ya._offset)];
}

/** One point knob: its two fields, and the figure it is moved on. */
class PointKnob {
  constructor(
    private readonly root: HTMLElement,
    private readonly pacer: Pacer,
    private readonly x: HTMLInputElement,
    private readonly y: HTMLInputElement,
    readonly figureId: string,
  ) {}

  /** Sets the point, clamped to its range and rounded to a thousandth of it, and re-runs the snippet. */
  set(point: readonly [number, number]): void {
    [this.x, this.y].forEach((field, axis) => {
      const min = Number(field.min);
      const max = Number(field.max);
      const grain = (max - min) / 1000;
      const value = Math.min(max, Math.max(min, Math.round(point[axis] / grain) * grain));
      field.value = String(Number(value.toPrecision(6)));
    });
    this.pacer.send(() => announce(this.x));
    // Mark both fields moved: the point is read from the pair.
    this.y.dataset.touched = '';
  }

  current(): [number, number] {
    return [Number(this.x.value), Number(this.y.value)];
  }

  nudge(dx: number, dy: number): void {
    const [x, y] = this.current();
    this.set([x + dx * ARROW_SHARE * (Number(this.x.max) - Number(this.x.min)), y + dy * ARROW_SHARE * (Number(this.y.max) - Number(this.y.min))]);
  }

  figure(): HTMLElement | null {
    return [...this.root.querySelectorAll<HTMLElement>('[data-figure-id]')].find((e) => e.dataset.figureId === this.figureId) ?? null;
  }
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1],
};

/** Wires the timeline and point knobs of one snippet element; safe to call again after the knobs are redrawn. */
export function attachFigureKnobs(root: HTMLElement): void {
  if (root.dataset.figureKnobs !== undefined) return;
  root.dataset.figureKnobs = '';
  const pacer = new Pacer(root);
  const players = new Map<string, TimelinePlayer>();

  const player = (button: HTMLElement): TimelinePlayer | null => {
    const id = button.getAttribute('aria-controls') ?? '';
    const range = root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    const play = button.closest('.knob')?.querySelector<HTMLButtonElement>('[data-timeline-action="play"]');
    if (!range || !play) return null;
    if (!players.has(id)) players.set(id, new TimelinePlayer(root, range, play));
    return players.get(id)!;
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-timeline-action]');
    if (!button || !root.contains(button)) return;
    const target = player(button);
    if (!target) return;
    const action = button.dataset.timelineAction;
    if (action === 'play') target.toggle();
    else target.step(action === 'back' ? -1 : 1);
  });
  // Scrubbing by hand pauses playback.
  root.addEventListener('pointerdown', (event) => {
    const range = (event.target as Element).closest<HTMLInputElement>('[data-kind="timeline"]');
    if (range) players.get(range.id)?.pause();
  });

  const points = (): PointKnob[] =>
    [...root.querySelectorAll<HTMLElement>('.knob-point')].flatMap((knob) => {
      const x = knob.querySelector<HTMLInputElement>('[data-axis="0"]');
      const y = knob.querySelector<HTMLInputElement>('[data-axis="1"]');
      const figureId = knob.querySelector<HTMLElement>('[data-point-figure]')?.dataset.pointFigure;
      return x && y && figureId ? [new PointKnob(root, pacer, x, y, figureId)] : [];
    });
  const pointOn = (target: EventTarget | null): { knob: PointKnob; figure: HTMLElement } | null => {
    const figure = (target as Element | null)?.closest?.<HTMLElement>('[data-figure-id]');
    const knob = figure && points().find((k) => k.figureId === figure.dataset.figureId);
    return figure && knob ? { knob, figure } : null;
  };

  // Point figures are focusable and say how to move the point; the arrow keys move it.
  const label = () => {
    for (const knob of points()) {
      const figure = knob.figure();
      const hint = root.querySelector<HTMLElement>(`[data-point-figure="${CSS.escape(knob.figureId)}"]`);
      if (!figure || !hint) continue;
      figure.tabIndex = 0;
      figure.dataset.pointKnob = '';
      if (!hint.id) hint.id = `${root.id}-point-${knob.figureId}`.replace(/\W/g, '-');
      figure.setAttribute('aria-describedby', hint.id);
    }
  };
  label();
  new MutationObserver(label).observe(root, { childList: true, subtree: true });

  root.addEventListener('keydown', (event) => {
    const arrow = ARROWS[event.key];
    const hit = arrow && pointOn(event.target);
    if (!hit || event.target !== hit.figure) return;
    event.preventDefault();
    hit.knob.nudge(arrow[0], arrow[1]);
  });

  let dragging: { knob: PointKnob; figure: HTMLElement } | null = null;
  root.addEventListener('pointerdown', (event) => {
    const hit = pointOn(event.target);
    if (!hit) return;
    const point = dataPoint(hit.figure, event);
    if (!point) {
      // Still the build's picture: run the snippet so the figure becomes a live plot to drag on.
      root.querySelector<HTMLButtonElement>('button[data-action="run"]')?.click();
      return;
    }
    // Cancelling pointerdown keeps Plotly's zoom box from starting under the drag.
    event.preventDefault();
    hit.figure.setPointerCapture(event.pointerId);
    dragging = hit;
    hit.knob.set(point);
  }, { capture: true });
  root.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const point = dataPoint(dragging.figure, event);
    if (point) dragging.knob.set(point);
  });
  const drop = () => void (dragging = null);
  root.addEventListener('pointerup', drop);
  root.addEventListener('pointercancel', drop);
}
