import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../src/integrations/service-worker';

describe('service worker source', () => {
  const source = serviceWorkerSource('/notes/', ['/notes/', '/notes/chapters/a/'], 'abc123');

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
    expect(responded).toEqual([]);
  });
});
