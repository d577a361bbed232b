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
declare module 'virtual:live-notes/sandbox-html' {
  /** The sandbox frame's document, for an iframe's srcdoc (src/build/sandbox-html.ts). */
  const html: string;
  export default html;
}
declare module '*?worker&url' {
  /** URL of the bundled worker script. */
  const url: string;
  export default url;
}
