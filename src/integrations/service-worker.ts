/**
 * An Astro integration that ends the build: it runs Pagefind over the built pages, then writes
 * dist/sw.js, a service worker that answers only with what this build produced.
 *
 * - The worker carries a manifest of every file in dist/ with its SHA-256, and is versioned by those
 *   hashes, so any change of content (even one that keeps a file's size) ships a new worker and a new
 *   cache; old caches are deleted when it activates.
 * - On install it precaches every page and everything a chapter needs offline (first-paint scripts,
 *   CSS, fonts, the playground, the snippet and exercise workers, Plotly, Monaco, the search index).
 *   The few large or optional files in {@link cachedOnFirstUse} are cached when first fetched.
 * - It serves from its one versioned cache, only URLs in the manifest, and checks a cached body's
 *   hash before serving it: a body that does not match is dropped and fetched again.
 * - Pages are network first (readers see new notes); offline, the saved copy, or a short page saying
 *   this one was not saved yet. It only ever handles GET requests to its own origin under the base.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Files left out of the install and cached on first use: the MNIST data chunk (2.3 MB, used by one
 * snippet), the .ttf/.woff font fallbacks that browsers with woff2 never fetch, and Pagefind's UI
 * bundles, which the site does not use (it imports only pagefind.js).
 */
const cachedOnFirstUse = /(^|\/)mnist-data-[^/]*\.js$|\.(ttf|woff)$|^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Hex digits of SHA-256 kept per file: 128 bits, plenty to tell the build's file from any other. */
const HASH_DIGITS = 32;

/** The service worker's own file, written last and never in its manifest. */
const SW_FILE = 'sw.js';

/** One file of the build, as the service worker knows it. */
export interface ManifestEntry {
  /** The URL path it is served at (a page's `index.html` is served at its folder). */
  readonly url: string;
  /** The first {@link HASH_DIGITS} hex digits of the SHA-256 of its bytes. */
  readonly hash: string;
  /** Fetched on install (true) or when first needed (false). */
  readonly precache: boolean;
  readonly bytes: number;
}

/** What the worker is built from: the manifest and a version derived from every file's contents. */
export interface BuildManifest {
  readonly version: string;
  readonly entries: readonly ManifestEntry[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The hash the worker checks a body against. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_DIGITS);
}

/** Reads every file of the built site at `root` (served under `base`) into the worker's manifest. */
export function buildManifest(root: string, base: string): BuildManifest {
  const version = createHash('sha256');
  const entries: ManifestEntry[] = [];
  for (const file of filesUnder(root).sort()) {
    const path = relative(root, file).split('\\').join('/');
    if (path === SW_FILE) continue;
    const bytes = readFileSync(file);
    const hash = contentHash(bytes);
    version.update(`${path}\0${hash}\n`);
    entries.push({ url: base + path.replace(/(^|\/)index\.html$/, '$1'), hash, precache: !cachedOnFirstUse.test(path), bytes: bytes.length });
  }
  return { version: version.digest('hex').slice(0, 12), entries };
}

/** The page shown for a page that was never saved, when the network is gone. */
function offlinePage(base: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · Live Notes</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>You are offline</h1><p>You are offline and this page was not saved yet. Pages of the notes you have visited once open without the network.</p>
<p><a href="${base}">Back to the notes</a></p></body></html>`;
}

/** The service worker's source for a site at `base` built into `manifest`. */
export function serviceWorkerSource(base: string, manifest: BuildManifest): string {
  const hashes = Object.fromEntries(manifest.entries.map((e) => [e.url, e.hash]));
  const precache = manifest.entries.filter((e) => e.precache).map((e) => e.url);
  return `// Generated at build time by src/integrations/service-worker.ts.
const CACHE = 'live-notes-${manifest.version}';
const BASE = ${JSON.stringify(base)};
// Every file the build produced (URL path -> first ${HASH_DIGITS} hex digits of its SHA-256): nothing else is answered.
const MANIFEST = ${JSON.stringify(hashes)};
const PRECACHE = ${JSON.stringify(precache)};
const OFFLINE_PAGE = ${JSON.stringify(offlinePage(base))};
const PARALLEL_FETCHES = 4;

// Bodies already checked against MANIFEST while this worker runs: served from memory, so an entry
// changed in the cache after its check is never served.
const checked = new Map();

async function digest(bytes) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, ${HASH_DIGITS});
}

function respond(body, contentType) {
  return new Response(body, { headers: contentType ? { 'content-type': contentType } : {} });
}

/** Fetches a manifest URL; a body matching the manifest is cached and remembered. */
async function fromNetwork(path, cache) {
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok) return response;
  const bytes = await response.arrayBuffer();
  const contentType = response.headers.get('content-type');
  // A body that differs (the site was deployed again since this worker was built) is served, never cached.
  if ((await digest(bytes)) === MANIFEST[path]) {
    checked.set(path, { bytes, contentType });
    await cache.put(path, respond(bytes, contentType));
  }
  return respond(bytes, contentType);
}

/** The cached copy of a manifest URL when its hash matches; a copy that does not is deleted. */
async function fromCache(path, cache) {
  const memo = checked.get(path);
  if (memo) return respond(memo.bytes, memo.contentType);
  const hit = await cache.match(path);
  if (!hit) return null;
  const bytes = await hit.arrayBuffer();
  const contentType = hit.headers.get('content-type');
  if ((await digest(bytes)) !== MANIFEST[path]) {
    await cache.delete(path);
    return null;
  }
  checked.set(path, { bytes, contentType });
  return respond(bytes, contentType);
}

async function answer(path) {
  const cache = await caches.open(CACHE);
  return (await fromCache(path, cache)) ?? fromNetwork(path, cache);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const queue = [...PRECACHE];
    const fetchNext = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        if (await fromCache(path, cache)) continue;
        const response = await fromNetwork(path, cache);
        if (!response.ok || !checked.has(path)) throw new Error('precache failed: ' + path);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FETCHES }, fetchNext));
    checked.clear(); // keep memory for what pages actually ask for
    await self.skipWaiting();
  })());
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
  const path = url.pathname;
  if (request.mode === 'navigate') {
    // Pages: the network first, so readers see new notes; offline, the saved copy or a page that says so.
    event.respondWith(
      fetch(request).catch(async () => {
        const saved = path in MANIFEST ? await caches.open(CACHE).then((cache) => fromCache(path, cache)) : null;
        return saved ?? respond(OFFLINE_PAGE, 'text/html; charset=utf-8');
      }),
    );
    return;
  }
  if (path in MANIFEST) event.respondWith(answer(path));
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
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The search index first, so the worker's manifest includes it.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: root });
        if (indexed.errors.length) throw new Error(`Pagefind: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();

        const manifest = buildManifest(root, base);
        writeFileSync(join(root, SW_FILE), serviceWorkerSource(base, manifest));
        const precached = manifest.entries.filter((e) => e.precache);
        const bytes = (entries: readonly ManifestEntry[]) => (entries.reduce((n, e) => n + e.bytes, 0) / 1e6).toFixed(1);
        logger.info(`${indexed.page_count} pages indexed; sw.js precaches ${precached.length} files (${bytes(precached)} MB), ` +
          `${manifest.entries.length - precached.length} more on first use (${bytes(manifest.entries.filter((e) => !e.precache))} MB).`);
      },
    },
  };
}
