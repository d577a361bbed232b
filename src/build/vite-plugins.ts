/**
 * Build settings the playground needs, as Vite plugins registered once in
 * astro.config.mjs (`vite: { plugins: playgroundPlugins() }`):
 * - Monaco's CSS is injected by its own JS when the editor loads: Astro would
 *   otherwise hoist CSS reached through import() into every page's <head>
 *   (withastro/astro#9495) and make ~175 KB of it render-blocking.
 * - Plotly's custom bundle needs `global` and must not drag maplibre's CSS in.
 * - Workers are ES modules (the snippet worker imports the reader's code as a module).
 * - `virtual:live-notes/snippet-types`: the engine's declarations for the editor.
 * - `virtual:live-notes/sandbox-html`: the sandbox frame's document (reader code runs in it).
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { generateSnippetTypes } from './snippet-types';
import { sandboxHtml } from './sandbox-html';

const TYPES_ID = 'virtual:live-notes/snippet-types';
const SANDBOX_ID = 'virtual:live-notes/sandbox-html';
const MONACO_CSS_IMPORT = /^import\s+(['"])(\.{1,2}\/[^'"]+\.css)\1;?\s*$/gm;

/** Rewrites monaco's `import './x.css'` into a JS import of the CSS text plus a <style> tag. */
function monacoInlineCss(): Plugin {
  return {
    name: 'live-notes:monaco-inline-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]monaco-editor[\\/]esm[\\/].*\.js$/.test(id) || !code.includes('.css')) return null;
      let n = 0;
      const out = code.replace(MONACO_CSS_IMPORT, (_all, quote: string, path: string) => {
        const name = `__liveNotesCss${n++}`;
        return `import ${name} from ${quote}${path}?inline${quote};\n` +
          `if (typeof document !== 'undefined') { const s = document.createElement('style'); s.dataset.monaco = ''; s.textContent = ${name}; document.head.append(s); }`;
      });
      return n > 0 ? { code: out, map: null } : null;
    },
  };
}

/** Config for Plotly's partial bundle and for module workers. */
function playgroundConfig(): Plugin {
  const empty = fileURLToPath(new URL('./empty.css', import.meta.url));
  return {
    name: 'live-notes:playground-config',
    config: () => ({
      define: { global: 'globalThis' },
      resolve: { alias: [{ find: /^maplibre-gl\/dist\/maplibre-gl\.css$/, replacement: empty }] },
      worker: { format: 'es' },
    }),
  };
}

/** Serves the generated declarations as a virtual module (regenerated when the engine changes). */
function snippetTypes(): Plugin {
  let root = process.cwd();
  return {
    name: 'live-notes:snippet-types',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === TYPES_ID ? `\0${TYPES_ID}` : null),
    load(id) {
      if (id !== `\0${TYPES_ID}`) return null;
      const { files, inputs } = generateSnippetTypes(root);
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(files)};`;
    },
  };
}

/** Serves the sandbox frame's document (src/build/sandbox-html.ts) as a string module. */
function sandboxFrame(): Plugin {
  return {
    name: 'live-notes:sandbox-html',
    resolveId: (id) => (id === SANDBOX_ID ? `\0${SANDBOX_ID}` : null),
    load(id) {
      if (id !== `\0${SANDBOX_ID}`) return null;
      this.addWatchFile(fileURLToPath(new URL('../sandbox/frame-script.ts', import.meta.url)));
      return `export default ${JSON.stringify(sandboxHtml())};`;
    },
  };
}

/** Every plugin the playground needs, in order. */
export function playgroundPlugins(): Plugin[] {
  return [monacoInlineCss(), playgroundConfig(), snippetTypes(), sandboxFrame()];
}
