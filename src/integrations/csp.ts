/**
 * An Astro integration that writes each built page's Content-Security-Policy
 * into its <head> (src/build/csp.ts says what the policy allows). It runs
 * before the service worker's integration, which hashes the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../build/csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'live-notes-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
      },
    },
  };
}
