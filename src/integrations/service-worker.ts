/**
 * An Astro integration that writes dist/sw.js after the build: a service worker that precaches every
 * page and the small assets they need on first paint, and caches everything else (editor, plots, data)
 * the first time it is fetched. After one visit the notes work offline. It only ever handles requests
 * to the site's own origin.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files worth having before the reader asks: pages, styles, fonts, icons, the search index's entry. */
const precached = /\.(html|css|svg|ico|woff2)$|^pagefind\/pagefind(-entry\.json|\.js)$/;
const precacheLimit = 200_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The service worker's source for a site at `base`, precaching `urls`, versioned by `version`. */
export function serviceWorkerSource(base: string, urls: string[], version: string): string {
  return `// Generated at build time by src/integrations/service-worker.ts.
const CACHE = 'live-notes-${version}';
const BASE = ${JSON.stringify(base)};
const PRECACHE = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('live-notes-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so readers see new notes; the cache when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request).then((hit) => hit || caches.match(BASE + '404.html'))),
    );
    return;
  }
  // Assets have content hashes in their names: the cache first, the network once.
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      const copy = response.clone();
      if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
      return response;
    })),
  );
});
`;
}

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'live-notes-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const hash = createHash('sha256');
        const urls: string[] = [];
        for (const file of filesUnder(root).sort()) {
          const path = relative(root, file).split('\\').join('/');
          if (!precached.test(path) || statSync(file).size > precacheLimit) continue;
          hash.update(path).update(String(statSync(file).size));
          urls.push(base + path.replace(/(^|\/)index\.html$/, '$1'));
        }
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource(base, urls, hash.digest('hex').slice(0, 12)));
      },
    },
  };
}
