/**
 * The site's colour theme as the playground sees it: `data-theme` on <html>,
 * watched so that plots and the editor follow a switch at once.
 * @module
 */

/** The two themes the site has. */
export type Theme = 'light' | 'dark';

/** The current theme (`data-theme`, else the system preference). */
export function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `onChange` whenever the site's theme changes; returns a function that stops watching. */
export function watchTheme(onChange: (theme: Theme) => void): () => void {
  let last = currentTheme();
  const observer = new MutationObserver(() => {
    const next = currentTheme();
    if (next !== last) onChange((last = next));
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
