/** Declarations of the playground's virtual and query-suffixed imports. */
declare module 'virtual:live-notes/snippet-types' {
  /** Declaration files by path under file:///types/ (engine/, runtime/, node_modules/@types/plotly.js/). */
  const files: Record<string, string>;
  export default files;
}
declare module '*?worker' {
  const WorkerConstructor: { new (): Worker };
  export default WorkerConstructor;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
