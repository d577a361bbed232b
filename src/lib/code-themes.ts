/**
 * Shiki themes for code shown at build time (Markdown, snippets, exercises). The "-default" GitHub
 * themes keep every token above 4.5:1 contrast on our code background; plain github-light does not.
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
