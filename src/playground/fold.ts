/**
 * A snippet's code is folded under its figure until the reader asks for it.
 * `:root[data-js]` (set by the page's first inline script) folds it in CSS
 * before first paint, so there is no flash and, with JavaScript off, the code
 * simply stays shown. This module flips the fold: the first-paint element and
 * the playground both call it. Part of the first paint: keep it tiny.
 * @module
 */
import { unfoldedKey } from './storage';

/** The fold button of a snippet element. */
function foldButton(root: HTMLElement): HTMLButtonElement | null {
  return root.querySelector<HTMLButtonElement>('button[data-role="fold"]');
}

/** Whether the reader asked, on an earlier visit, to see this snippet's code. */
export function rememberedUnfolded(snippetId: string): boolean {
  try {
    return localStorage.getItem(unfoldedKey(snippetId)) !== null;
  } catch {
    return false; // storage blocked: nothing was remembered
  }
}

/**
 * Shows (`open`) or folds the code; `remember` keeps the reader's choice for the next visit
 * (an automatic unfold, for a saved edit or a share link, is not the reader's choice).
 */
export function setUnfolded(root: HTMLElement, open: boolean, remember: boolean): void {
  root.toggleAttribute('data-unfolded', open);
  foldButton(root)?.setAttribute('aria-expanded', String(open));
  if (!remember) return;
  try {
    const key = unfoldedKey(root.dataset.id ?? '');
    if (open) localStorage.setItem(key, '');
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: the fold still works for this visit.
  }
}
