/**
 * The only playground code a chapter page loads before the reader does
 * anything: a custom element that keeps knob labels current, folds and unfolds
 * the code (fold.ts) and, on the first Edit, Run, knob change or click into
 * the code, imports the playground.
 * Keep it tiny: it counts against every page's first-paint JavaScript.
 * @module
 */
import { FIGURE_KNOBS, formatKnob, sliderValue } from './knob-scale';
import { inCode, LazyElement } from '../live-code/lazy-element';
import { whenIdle } from '../live-code/idle';
import { editKey } from './storage';
import { rememberedUnfolded, setUnfolded } from './fold';

type Action = import('./playground').Action;
type Playground = import('./playground').Playground;

function savedEdit(id: string): boolean {
  try {
    return localStorage.getItem(editKey(id)) !== null;
  } catch {
    return false; // storage blocked: nothing was saved
  }
}

/** The snippet id a share link in the URL names (`#share=<id>&…`), or null. */
function sharedId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('share');
}

/** `<live-snippet>`: the first-paint shell of a snippet. */
export class LiveSnippet extends LazyElement<Action, Playground> {
  protected load(): Promise<Playground> {
    return import('./playground').then(({ Playground }) => new Playground(this));
  }

  /**
   * Once the snippet is within a screen of the viewport and the page is idle, the playground loads (with
   * the SVG renderer for the first frames) and starts the snippet's worker, so Run only posts the code.
   */
  private warmWhenNear(): void {
    if (typeof IntersectionObserver !== 'function') return;
    const near = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      whenIdle(() => void this.activate('warm'));
    }, { rootMargin: '100% 0px' });
    near.observe(this);
  }

  connectedCallback(): void {
    this.listenForActions();
    // The fold works before the playground loads (it is only a class and a saved choice); Edit shows the code too.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-role="fold"], button[data-action="edit"]');
      if (!button) return;
      const open = button.dataset.action === 'edit' || button.getAttribute('aria-expanded') !== 'true';
      setUnfolded(this, open, true);
    });
    this.addEventListener('keydown', (event) => {
      // Inside Monaco, the editor's own command handles it; in the highlighted code, Enter opens the editor.
      if (!inCode(event) && event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !this.dataset.editor) void this.activate('run');
    });
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.dataset.knob) return;
      input.dataset.touched = '';
      if (input.type !== 'range') return;
      const text = input.dataset.kind === 'timeline' ? `${input.value} / ${input.max}` : formatKnob(sliderValue(input));
      input.setAttribute('aria-valuetext', text);
      const output = input.nextElementSibling;
      if (output) output.textContent = text;
      // A slider redraws while it is dragged, not only on release: the playground keeps the newest value.
      if (input.dataset.live === undefined) void this.activate('slide');
      else if (this.dataset.state === 'running') void this.activate('live-knob');
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.dataset.knob) return;
      void this.activate(input.dataset.live !== undefined && this.dataset.state === 'running' ? 'live-knob' : 'knob');
    });
    if (this.querySelector(FIGURE_KNOBS)) void import('./figure-knobs').then((m) => m.attachFigureKnobs(this));
    const id = this.dataset.id ?? '';
    // A share link brings someone else's code: no worker starts on that page until the reader runs it.
    if (sharedId() === null) this.warmWhenNear();
    // Shared or edited code is the reader's business: show it, without making it their remembered choice.
    const shared = sharedId() === id;
    const edited = !shared && savedEdit(id);
    if (shared || edited || rememberedUnfolded(id)) setUnfolded(this, true, false);
    if (shared) void this.activate('open-share');
    else if (edited) void this.activate('restore');
  }
}

customElements.define('live-snippet', LiveSnippet);

// A share link for a snippet that is not on this page has no element to open it: say so at the top.
// (Module scripts run once the page is parsed, so every snippet of the page is there by now.)
const unmatched = sharedId();
if (unmatched && !document.querySelector(`live-snippet[data-id="${CSS.escape(unmatched)}"]`)) {
  // The dictionaries stay out of the first paint: they load only for this rare case.
  void import('../i18n').then(({ pageLocale, ui }) => {
    const notice = document.createElement('p');
    notice.className = 'snippet-notice';
    notice.dataset.role = 'page-share-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = ui(pageLocale()).snippet.shareElsewhere(unmatched.slice(0, 120));
    (document.querySelector('main') ?? document.body).prepend(notice);
  });
}
