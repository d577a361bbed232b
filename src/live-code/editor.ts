/**
 * Monaco, bundled with the site and loaded on the reader's first Edit, Run or
 * click into the code. The TypeScript service knows `@engine` and `@snippet`
 * from declarations generated at build time, so hover, completion and red
 * squiggles describe the engine as it is.
 * @module
 */
import * as monaco from './monaco';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker.js?worker';
import snippetTypes from 'virtual:live-notes/snippet-types';
import { lineMapFromMappings } from './source-map';
import { currentTheme, watchTheme } from './theme';

const ts = monaco.typescript;

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
};

ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  strict: true,
  noEmitOnError: false,
  sourceMap: true,
  allowNonTsExtensions: true,
  baseUrl: 'file:///types/',
  paths: {
    '@engine': ['engine/index.d.ts'],
    '@engine/*': ['engine/*'],
    '@snippet': ['runtime/snippet.d.ts'],
    'plotly.js': ['node_modules/@types/plotly.js/index.d.ts'],
  },
});
for (const [path, text] of Object.entries(snippetTypes)) ts.typescriptDefaults.addExtraLib(text, `file:///types/${path}`);
watchTheme((theme) => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'));

/** A problem the TypeScript service found, at the reader's line. */
export interface CodeProblem {
  readonly line: number;
  readonly message: string;
  readonly syntax: boolean;
}

/** JavaScript ready for the worker, with the map back to the reader's lines. */
export interface Transpiled {
  readonly code: string;
  readonly lineMap: number[];
}

/** What the playground needs from an editor. */
export interface SnippetEditor {
  getValue(): string;
  setValue(code: string): void;
  focus(): void;
  /** Syntax and type problems of the current code (they are also squiggled in the editor). */
  problems(): Promise<CodeProblem[]>;
  /** Transpiles with the TypeScript service already loaded (no extra bytes), keeping a line map. */
  transpile(): Promise<Transpiled>;
  /** Marks the line where the last run failed (null clears it). */
  markRunError(line: number | null, message?: string): void;
  dispose(): void;
}

/** The TS worker is registered lazily after the first model: retry until it answers. */
async function tsWorkerFor(uri: monaco.Uri): Promise<monaco.typescript.TypeScriptWorker> {
  for (let attempt = 0; ; attempt++) {
    try {
      const get = await ts.getTypeScriptWorker();
      return await get(uri);
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function flatten(text: string | { messageText: string; next?: unknown[] } | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.messageText;
}

/**
 * Creates an editor in `host` for snippet `id` with `code`.
 * @param onChange Called after each edit (the playground saves it).
 * @param onRun Ctrl/Cmd+Enter.
 */
export function createEditor(host: HTMLElement, id: string, code: string, onChange: () => void, onRun: () => void): SnippetEditor {
  const uri = monaco.Uri.parse(`file:///snippets/${id}`);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(code, 'typescript', uri);
  model.setValue(code);
  const editor = monaco.editor.create(host, {
    model,
    theme: currentTheme() === 'dark' ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 2,
    lineNumbers: 'on',
    ariaLabel: `Code of snippet ${id}. Control+Enter runs it. Tab inserts a tab; press Control+M first to move focus with Tab instead.`,
    fixedOverflowWidgets: true,
  });
  editor.onDidChangeModelContent(onChange);
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, onRun);
  const fileName = uri.toString();

  return {
    getValue: () => model.getValue(),
    setValue: (next) => model.setValue(next),
    focus: () => editor.focus(),
    async problems() {
      const worker = await tsWorkerFor(uri);
      const [syntax, semantic] = await Promise.all([worker.getSyntacticDiagnostics(fileName), worker.getSemanticDiagnostics(fileName)]);
      const toProblem = (syntaxError: boolean) => (d: { start?: number; messageText: unknown }) => ({
        line: model.getPositionAt(d.start ?? 0).lineNumber,
        message: flatten(d.messageText as string),
        syntax: syntaxError,
      });
      return [...syntax.map(toProblem(true)), ...semantic.map(toProblem(false))];
    },
    async transpile() {
      const worker = await tsWorkerFor(uri);
      const output = await worker.getEmitOutput(fileName);
      const js = output.outputFiles.find((f) => f.name.endsWith('.js'));
      const map = output.outputFiles.find((f) => f.name.endsWith('.js.map'));
      if (!js) throw new Error('The TypeScript service produced no JavaScript.');
      const mappings = map ? (JSON.parse(map.text) as { mappings: string }).mappings : '';
      return { code: js.text, lineMap: lineMapFromMappings(mappings) };
    },
    markRunError(line, message = '') {
      const markers = line === null || line > model.getLineCount() ? [] : [{
        severity: monaco.MarkerSeverity.Error,
        message,
        startLineNumber: line,
        endLineNumber: line,
        startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
        endColumn: model.getLineMaxColumn(line),
      }];
      monaco.editor.setModelMarkers(model, 'run', markers);
      if (line !== null) editor.revealLineInCenterIfOutsideViewport(line);
    },
    dispose() {
      editor.dispose();
    },
  };
}
