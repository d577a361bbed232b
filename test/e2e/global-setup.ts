/**
 * Browser suite setup: build the site under a non-root base path, serve dist/ with a plain static
 * server, and hand the URL to the tests. Fails (never skips) when Chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { chromiumPath } from './browser';

export const basePath = '/notes/';
/** Where the site would be deployed, for its hreflang addresses (a reserved name: nothing is fetched from it). */
export const deployedOrigin = 'https://live-notes.example';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      // NODE_ENV: the test runner sets it to "test", which would make this a development build
      // (import.meta.env.DEV); the suite must test what is deployed.
      env: { ...process.env, NODE_ENV: 'production', BASE_PATH: basePath, SITE_URL: deployedOrigin, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  const { server, url } = await serveStatic('dist', basePath);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
