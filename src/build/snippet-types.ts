/**
 * Type declarations for the editor, generated from the engine's and the
 * runtime's own source at build time (so hover docs and completions never
 * drift from the code). Runs in Node only, from the Vite plugin.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** Where the editor's virtual file system puts the generated files (file:///types/...). */
export const TYPES_ROOT = 'file:///types/';

/** Declaration files keyed by their path under {@link TYPES_ROOT}, plus the source files they came from. */
export interface SnippetTypes {
  readonly files: Record<string, string>;
  readonly inputs: string[];
}

/** The plotly.js declarations the runtime's Figure type needs. */
const PLOTLY_FILES = ['index.d.ts', 'lib/box.d.ts', 'lib/candlestick.d.ts', 'lib/ohlc.d.ts', 'lib/pie.d.ts', 'lib/sankey.d.ts', 'lib/violin.d.ts', 'lib/scatter.d.ts'];

/** Emits declarations for src/engine/index.ts and src/runtime/snippet.ts, doc comments included. */
export function generateSnippetTypes(root: string): SnippetTypes {
  const src = join(root, 'src');
  const entries = [join(src, 'engine/index.ts'), join(src, 'runtime/snippet.ts')];
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    removeComments: false,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmitOnError: false,
    rootDir: src,
    outDir: join(root, '.types-out'),
    baseUrl: root,
    paths: { '@engine': ['src/engine/index.ts'], '@engine/*': ['src/engine/*'], '@snippet': ['src/runtime/snippet.ts'] },
    types: [],
  };
  const program = ts.createProgram(entries, options);
  const files: Record<string, string> = {};
  program.emit(undefined, (fileName, text) => {
    files[relative(options.outDir!, fileName).split('\\').join('/')] = widenLongLiterals(text);
  });
  const plotly = dirname(require_resolve(root, '@types/plotly.js/package.json'));
  for (const file of PLOTLY_FILES) files[`node_modules/@types/plotly.js/${file}`] = readFileSync(join(plotly, file), 'utf8');
  const inputs = program.getSourceFiles().map((f) => f.fileName).filter((f) => f.startsWith(src));
  return { files, inputs };
}

/** Longest literal kept in a `declare const` (its type is the literal itself). */
const MAX_LITERAL = 200;

/**
 * `export declare const pixels = "…2 MB of data…";` becomes `: string`: a const
 * initialised with a literal keeps it as its type, and bundled data sets would
 * otherwise ship inside the editor's declarations.
 */
export function widenLongLiterals(dts: string): string {
  return dts.replace(/^((?:export )?declare const [\w$]+) = (["'`])(.*)\2;$/gm, (all, head: string, _q: string, body: string) =>
    body.length > MAX_LITERAL ? `${head}: string;` : all);
}

function require_resolve(root: string, request: string): string {
  return join(root, 'node_modules', request);
}
