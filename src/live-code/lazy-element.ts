/**
 * The base of the first-paint custom elements (`<live-snippet>`,
 * `<live-exercise>`): it loads the element's controller on the reader's first
 * Edit, Run, Check… or click into the code, and hands it every action.
 * Part of every chapter's first-paint JavaScript: it must import nothing, and
 * each subclass keeps its own `import()` of its controller, so no controller
 * code is pulled into the first paint.
 * @module
 */

/** What a lazily loaded controller does with the reader's actions. */
export interface LazyController<Action extends string> {
  handle(action: Action | 'edit'): Promise<void>;
}

/** A custom element whose controller arrives on the first interaction. */
export abstract class LazyElement<Action extends string, Controller extends LazyController<Action>> extends HTMLElement {
  private controller: Promise<Controller> | null = null;

  /** Imports the controller's module and builds one for this element (called once). */
  protected abstract load(): Promise<Controller>;

  /** Loads the controller (once) and hands it `action`. */
  async activate(action: Action | 'edit'): Promise<Controller> {
    this.controller ??= this.load();
    const controller = await this.controller;
    await controller.handle(action);
    return controller;
  }

  /** A button acts with its `data-action`; a click, Enter or Space in the highlighted code opens the editor. */
  protected listenForActions(): void {
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.activate(button.dataset.action as Action);
      else if (target.closest('[data-role="code"]')) void this.activate('edit');
    });
    this.addEventListener('keydown', (event) => {
      if (inCode(event) && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        void this.activate('edit');
      }
    });
  }
}

/** Whether `event` happened in the element's highlighted code. */
export function inCode(event: Event): boolean {
  return (event.target as Element).closest('[data-role="code"]') !== null;
}
