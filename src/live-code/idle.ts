/** Runs `work` when the page is next idle (Safari has no requestIdleCallback: half a second later there). */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => work());
  else setTimeout(work, 500);
}
