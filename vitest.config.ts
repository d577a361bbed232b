import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@engine': fileURLToPath(new URL('./src/engine/index.ts', import.meta.url)),
  '@snippet': fileURLToPath(new URL('./src/runtime/snippet.ts', import.meta.url)),
  // Tests run snippets through it: `runSnippetFile(new URL('./x.ts', import.meta.url), { knobs })`.
  '@node-host': fileURLToPath(new URL('./src/runtime/node-host.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'content/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
