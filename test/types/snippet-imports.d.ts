/**
 * Types for re-importing a snippet with a query, so a test can run it again
 * with other knobs: `runSnippet(() => import('./x.ts?run=2'), { knobs })`.
 * Vite (vitest) treats each query as a new module; TypeScript cannot resolve
 * the query and would stop with TS2307, so these patterns declare such
 * imports, typed `any` like the template-string form `import(`./x.ts?run=${n}`)`.
 *
 * A module pattern may hold only one `*`, so the query values are listed:
 * `?run` and `?run=1` to `?run=9`. Beyond that use the template-string form
 * or `vi.resetModules()`.
 */
declare module '*?run';
declare module '*?run=1';
declare module '*?run=2';
declare module '*?run=3';
declare module '*?run=4';
declare module '*?run=5';
declare module '*?run=6';
declare module '*?run=7';
declare module '*?run=8';
declare module '*?run=9';
