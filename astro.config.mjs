// Site configuration. BASE_PATH (e.g. "/notes/") sets where the site lives on its host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
// Playground build needs (Monaco CSS inlining, Plotly bundle, module workers, editor types): src/build/vite-plugins.ts
import { playgroundPlugins } from './src/build/vite-plugins.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import { codeThemes } from './src/lib/code-themes.ts';
import { lighterTokens } from './src/components/snippet/code-tokens.ts';
import { rehypeExplicitHeadingIds } from './src/i18n/heading-ids.ts';
import { rehypeMathRows } from './src/build/math-rows.ts';
import { rehypeMathPunctuation } from './src/build/math-punctuation.ts';

const base = process.env.BASE_PATH ?? '/';

/**
 * A known, harmless build warning silenced by name; every other warning still prints:
 * MODULE_LEVEL_DIRECTIVE for Astro's own "use astro:head-inject" marker in each chapter's MDX module:
 * Astro adds it and reads it itself; the bundler only notes it cannot keep directives in bundles.
 */
function quietKnownWarnings(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
  warn(warning);
}

export default defineConfig({
  base,
  // SITE_URL (e.g. "https://host") makes the pages' hreflang alternates full addresses, as search engines want.
  site: process.env.SITE_URL,
  // OUT_DIR lets two builds run side by side (the default is dist/).
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The policy goes into the pages before the service worker hashes them.
  integrations: [mdx(), contentSecurityPolicy(), serviceWorker()],
  markdown: {
    // Math is typeset at build time: the page ships KaTeX's CSS and fonts, no math JavaScript.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeExplicitHeadingIds, rehypeMathRows, [rehypeKatex, { output: 'htmlAndMathml' }], rehypeMathPunctuation] }),
    // Code blocks in the prose get the snippets' lighter token markup (short classes, merged tokens).
    shikiConfig: { themes: codeThemes, transformers: [lighterTokens] },
  },
  vite: {
    build: {
      rolldownOptions: { onwarn: quietKnownWarnings },
      // The large chunks are all lazy and known: the TypeScript worker (~6.9 MB), Monaco (~2.8 MB), the
      // MNIST subset (~2.3 MB) and Plotly (~1.7 MB), loaded only on Edit, Run or loadMnist(). The limit
      // sits just above the largest, so a new chunk bigger than that still warns.
      chunkSizeWarningLimit: 7500,
    },
    plugins: playgroundPlugins(), // the playground's build settings (see src/build/vite-plugins.ts)
    resolve: {
      // tfjs-core's gradient and chained-op modules use extensionless ES imports that Node cannot load:
      // the build-time snippet run (src/runtime/tensorflow-bundle.ts) gets them through Vite instead.
      noExternal: [/^@tensorflow\//],
      alias: {
        '@engine': fileURLToPath(new URL('./src/engine/index.ts', import.meta.url)),
        '@snippet': fileURLToPath(new URL('./src/runtime/snippet.ts', import.meta.url)),
      },
    },
  },
});
