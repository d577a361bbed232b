import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest, contentHash, serviceWorkerSource, type BuildManifest } from '../../src/integrations/service-worker';

const script = 'console.log("the real script");';
const manifest: BuildManifest = {
  version: 'abc123',
  entries: [
    { url: '/notes/', hash: contentHash('<h1>Home</h1>'), precache: true, bytes: 13 },
    { url: '/notes/chapters/a/', hash: contentHash('<h1>A</h1>'), precache: true, bytes: 10 },
    { url: '/notes/_astro/page.js', hash: contentHash(script), precache: true, bytes: script.length },
  ],
};
const source = serviceWorkerSource('/notes/', manifest);

/** A Map-backed CacheStorage with the calls the worker makes. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      match: async (path: string) => entries.get(path)?.clone(),
      put: async (path: string, response: Response) => void entries.set(path, response),
      delete: async (path: string) => entries.delete(path),
    };
  };
  return { stores, api: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) } };
}

/** Loads the worker's source with fake globals; returns its event handlers. */
function startWorker(caches: unknown, fetch: (url: string) => Promise<Response>) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const self = {
    addEventListener: (type: string, fn: (event: unknown) => void) => (handlers[type] = fn),
    location: { origin: 'https://site.example' },
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  new Function('self', 'caches', 'fetch', source)(self, caches, fetch);
  return handlers;
}

/** Dispatches a fetch event; resolves to the response the worker gave, or null when it left the request alone. */
function request(handlers: Record<string, (event: unknown) => void>, url: string, mode = 'no-cors'): Promise<Response | null> {
  let answer: Promise<Response> | null = null;
  handlers.fetch({ request: { url, method: 'GET', mode }, respondWith: (r: Promise<Response>) => (answer = r) });
  return answer ?? Promise.resolve(null);
}

describe('service worker source', () => {
  it('is valid JavaScript that names its cache by version', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain("const CACHE = 'live-notes-abc123';");
  });

  it('only answers requests to its own origin under the base path', () => {
    const handlers: Record<string, (event: unknown) => void> = {};
    const self = { addEventListener: (type: string, fn: (event: unknown) => void) => (handlers[type] = fn), location: { origin: 'https://site.example' } };
    new Function('self', 'caches', 'fetch', source)(self, {}, () => Promise.reject(new Error('no network')));
    const responded: string[] = [];
    const event = (url: string) => ({ request: { url, method: 'GET', mode: 'no-cors' }, respondWith: () => responded.push(url) });
    handlers.fetch(event('https://other.example/notes/x.js'));
    handlers.fetch(event('https://site.example/elsewhere/x.js'));
    // Under the base but not produced by the build: left to the network, never answered from a cache.
    handlers.fetch(event('https://site.example/notes/_astro/not-built.js'));
    expect(responded).toEqual([]);
  });

  it('drops a cached body that does not match the manifest and serves the real one', async () => {
    const caches = fakeCaches();
    const cache = await caches.api.open('live-notes-abc123');
    await cache.put('/notes/_astro/page.js', new Response('window.tampered = true'));
    const fetched: string[] = [];
    const handlers = startWorker(caches.api, async (url) => {
      fetched.push(url);
      return new Response(script, { headers: { 'content-type': 'text/javascript' } });
    });
    const response = await request(handlers, 'https://site.example/notes/_astro/page.js');
    expect(await response?.text()).toBe(script);
    expect(fetched).toEqual(['/notes/_astro/page.js']);
    expect(await (await cache.match('/notes/_astro/page.js'))?.text()).toBe(script);
  });

  it('serves only its own versioned cache, not another cache holding the URL', async () => {
    const caches = fakeCaches();
    const other = await caches.api.open('someone-else');
    await other.put('/notes/_astro/page.js', new Response('window.tampered = true'));
    const handlers = startWorker(caches.api, async () => new Response(script));
    expect(await (await request(handlers, 'https://site.example/notes/_astro/page.js'))?.text()).toBe(script);
  });

  it('offline, shows a saved page, and says so for a page that was not saved', async () => {
    const caches = fakeCaches();
    const cache = await caches.api.open('live-notes-abc123');
    await cache.put('/notes/chapters/a/', new Response('<h1>A</h1>', { headers: { 'content-type': 'text/html' } }));
    const handlers = startWorker(caches.api, () => Promise.reject(new TypeError('offline')));
    // The navigation itself goes to the network first; the worker's fetch is the fake above.
    const saved = await request(handlers, 'https://site.example/notes/chapters/a/', 'navigate');
    expect(await saved?.text()).toBe('<h1>A</h1>');
    const missing = await request(handlers, 'https://site.example/notes/chapters/b/', 'navigate');
    expect(await missing?.text()).toContain('You are offline and this page was not saved yet');
  });

  it('deletes older caches of the site when it activates', async () => {
    const caches = fakeCaches();
    await caches.api.open('live-notes-old');
    await caches.api.open('live-notes-abc123');
    const handlers = startWorker(caches.api, async () => new Response(''));
    let done: Promise<unknown> = Promise.resolve();
    handlers.activate({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
    expect([...caches.stores.keys()]).toEqual(['live-notes-abc123']);
  });
});

describe('build manifest', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function site(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'sw-manifest-'));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('changes version when a file changes but keeps its size', () => {
    const before = buildManifest(site({ 'index.html': '<h1>A</h1>', '_astro/x.js': 'let a = 1;' }), '/notes/');
    const after = buildManifest(site({ 'index.html': '<h1>A</h1>', '_astro/x.js': 'let a = 2;' }), '/notes/');
    expect(after.entries.map((e) => e.bytes)).toEqual(before.entries.map((e) => e.bytes));
    expect(after.version).not.toBe(before.version);
    expect(buildManifest(site({ 'index.html': '<h1>A</h1>', '_astro/x.js': 'let a = 1;' }), '/notes/').version).toBe(before.version);
  });

  it('lists every file at its URL with its hash, leaves large optional files to first use, and never lists sw.js', () => {
    const root = site({ 'index.html': 'home', 'chapters/a/index.html': 'a', '_astro/mnist-data-X1.js': 'data', '_astro/f.ttf': 'font', 'sw.js': 'old' });
    const { entries } = buildManifest(root, '/notes/');
    expect(entries.map((e) => [e.url, e.precache])).toEqual([
      ['/notes/_astro/f.ttf', false],
      ['/notes/_astro/mnist-data-X1.js', false],
      ['/notes/chapters/a/', true],
      ['/notes/', true],
    ]);
    expect(entries.find((e) => e.url === '/notes/')?.hash).toBe(contentHash('home'));
  });
});
