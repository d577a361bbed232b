/**
 * Lets the reader's code import `@engine` and `@snippet` exactly as the tested
 * file does: each specifier becomes a blob: module that re-exports the
 * worker's own instance of that module.
 * @module
 */

/** The specifiers a snippet may import. `@engine/x` resolves to the whole engine. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(@engine|@snippet)(\/[\w./-]*)?\2/g;

/** The global under which the worker exposes its module instances to the shims. */
export const MODULES_GLOBAL = '__liveNotesModules';

/** A blob: module re-exporting every named export of `globalThis[MODULES_GLOBAL][name]`. */
export function shimSource(name: string, namespace: Record<string, unknown>): string {
  const names = Object.keys(namespace).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `const m = globalThis.${MODULES_GLOBAL}[${JSON.stringify(name)}];\nexport const { ${names.join(', ')} } = m;\n`;
}

/** Replaces the allowed specifiers in `code` by their shim URLs, on the same line (line numbers stay). */
export function rewriteImports(code: string, urls: Readonly<Record<string, string>>): string {
  return code.replace(SPECIFIER, (_all, lead: string, quote: string, name: string) => `${lead}${quote}${urls[name]}${quote}`);
}
