// Site configuration. BASE_PATH (e.g. "/notes/") sets where the site lives on its host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Math is typeset at build time: the page ships KaTeX's CSS and fonts, no math JavaScript.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  vite: {
    resolve: {
      alias: {
        '@engine': fileURLToPath(new URL('./src/engine/index.ts', import.meta.url)),
        '@snippet': fileURLToPath(new URL('./src/runtime/snippet.ts', import.meta.url)),
      },
    },
  },
});
