/**
 * Worker-side half of loading the site's code inside the sandbox: a dynamic
 * `import("…")` in the worker bundle was rewritten (by the frame) to call
 * `globalThis.__liveNotesImport(url)`, which asks the worker's owner for a
 * blob: URL of that module and imports it. A parallel() child asks its parent
 * worker, which asks the frame in turn. Worker-only code.
 * @module
 */
import { BOOT_GLOBAL, IMPORT_GLOBAL, type ModuleRequest, type ModuleResponse } from './protocol';

const waiting = new Map<number, { resolve(url: string): void; reject(error: Error): void }>();
let nextId = 1;

function requestModule(url: string): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    self.postMessage({ type: 'moduleRequest', id, url } satisfies ModuleRequest);
  });
}

/** True for the owner's answers to module requests (handled here; the worker's own handler ignores them). */
export function isModuleResponse(data: unknown): data is ModuleResponse {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'moduleResponse';
}

/** Installs the import global and listens for the owner's answers. Call once, first thing in the worker. */
export function installImporter(): void {
  self.addEventListener('message', (event: MessageEvent) => {
    if (!isModuleResponse(event.data)) return;
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.blobUrl) entry?.resolve(event.data.blobUrl);
    else entry?.reject(new Error(`Could not load ${event.data.error ?? 'a module'}.`));
  });
  (globalThis as Record<string, unknown>)[IMPORT_GLOBAL] = (url: string) => requestModule(url).then((blobUrl) => import(/* @vite-ignore */ blobUrl));
}

/** Answers a child worker's module request through this worker's owner; false when `data` is not one. */
export function relayModuleRequest(child: Worker, data: unknown): boolean {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'moduleRequest') return false;
  const { id, url } = data as ModuleRequest;
  requestModule(String(url)).then(
    (blobUrl) => child.postMessage({ type: 'moduleResponse', id, blobUrl } satisfies ModuleResponse),
    (error: Error) => child.postMessage({ type: 'moduleResponse', id, error: error.message } satisfies ModuleResponse),
  );
  return true;
}

/** A blob: module URL serving `source` (for the reader's code and parallel() tasks: no eval needed). */
export function moduleUrl(source: string): string {
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** What a snippet sees when it tries the network (the sandbox's policy blocks it anyway; this says so clearly). */
export class NetworkBlockedError extends Error {
  constructor(what: string) {
    super(`Snippets cannot reach the network (${what} is blocked): everything a snippet needs is in the engine.`);
    this.name = 'NetworkBlockedError';
  }
}

/** Replaces the worker's network APIs by ones that throw {@link NetworkBlockedError} at the caller's line. */
export function blockNetwork(): void {
  const scope = globalThis as Record<string, unknown>;
  scope.fetch = (..._args: unknown[]) => Promise.reject(new NetworkBlockedError('fetch'));
  for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport']) {
    if (!(name in scope)) continue;
    scope[name] = class {
      constructor() {
        throw new NetworkBlockedError(name);
      }
    };
  }
}

/** A new worker running this worker's own script (a parallel() child): classic inside the sandbox, a module elsewhere. */
export function spawnSibling(): Worker {
  const bootstrapped = (globalThis as Record<string, unknown>)[BOOT_GLOBAL] === true;
  return new Worker(self.location.href, bootstrapped ? {} : { type: 'module' });
}
