/**
 * The only playground code a chapter page loads before the reader does
 * anything: a custom element that keeps knob labels current and, on the first
 * Edit, Run, knob change or click into the code, imports the playground.
 * Keep it tiny: it counts against every page's first-paint JavaScript.
 * @module
 */
import { formatKnob, logValue } from './knob-scale';

type Action = import('./playground').Action;
type Playground = import('./playground').Playground;

function savedEdit(id: string): boolean {
  try {
    return localStorage.getItem(`live-notes:edit:${id}`) !== null;
  } catch {
    return false; // storage blocked: nothing was saved
  }
}

/** `<live-snippet>`: the first-paint shell of a snippet. */
export class LiveSnippet extends HTMLElement {
  private playground: Promise<Playground> | null = null;

  /** Loads the playground (once) and hands it `action`. */
  async activate(action: Action): Promise<Playground> {
    this.playground ??= import('./playground').then(({ Playground }) => new Playground(this));
    const playground = await this.playground;
    await playground.handle(action);
    return playground;
  }

  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.activate(button.dataset.action as Action);
      else if (target.closest('[data-role="code"]')) void this.activate('edit');
    });
    this.addEventListener('keydown', (event) => {
      const inCode = (event.target as Element).closest('[data-role="code"]');
      if (inCode && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        void this.activate('edit');
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !this.dataset.editor) {
        void this.activate('run'); // inside Monaco, the editor's own command handles it
      }
    });
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.dataset.knob) return;
      input.dataset.touched = '';
      if (input.type !== 'range') return;
      const value = input.dataset.log === undefined ? Number(input.value) : logValue(Number(input.value), Number(input.dataset.min), Number(input.dataset.max));
      const text = formatKnob(value);
      input.setAttribute('aria-valuetext', text);
      const output = input.nextElementSibling;
      if (output) output.textContent = text;
      if (input.dataset.live !== undefined && this.dataset.state === 'running') void this.activate('live-knob');
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (!input.dataset.knob) return;
      void this.activate(input.dataset.live !== undefined && this.dataset.state === 'running' ? 'live-knob' : 'knob');
    });
    const id = this.dataset.id ?? '';
    if (location.hash.includes(`share=${encodeURIComponent(id)}&`)) void this.activate('open-share');
    else if (savedEdit(id)) void this.activate('restore');
  }
}

customElements.define('live-snippet', LiveSnippet);
