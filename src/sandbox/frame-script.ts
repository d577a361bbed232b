/**
 * The script of the sandbox frame: an iframe with `sandbox="allow-scripts"` and
 * no `allow-same-origin`, so it and every worker it starts have an opaque
 * origin (no access to the site's storage, caches, cookies or service worker)
 * and its Content-Security-Policy forbids the network. It starts the workers
 * that run reader code from blob: URLs, relays their messages to the page,
 * and loads the site's worker scripts through the page.
 *
 * It runs as a classic inline script inside the frame (the build inlines this
 * function's source, see src/build/sandbox-html.ts), so it imports types only.
 * @module
 */
import type { FromFrameMessage, ModuleRequest, ModuleResponse, PagePort, ToFrameMessage } from './protocol';

/**
 * The frame's whole program.
 * @param importGlobal Name of the global that rewritten dynamic imports call in the workers.
 * @param bootGlobal Name of the global the classic bootstrap sets, so a worker knows how to start a sibling.
 * @param messagesPerSecond Messages relayed per worker per second; more are dropped (a flood must not freeze the page).
 */
export function frameMain(importGlobal: string, bootGlobal: string, messagesPerSecond: number): void {
  interface Run {
    worker: Worker | null;
    /** The page's port, until the worker has it. */
    port: MessagePort | null;
    ended: boolean;
    windowStart: number;
    sent: number;
    warned: boolean;
  }
  const runs = new Map<number, Run>();
  /** Absolute URL of a site script → blob: URL of its rewritten text. */
  const modules = new Map<string, Promise<string>>();
  const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let nextRequest = 1;

  const toPage = (message: FromFrameMessage) => parent.postMessage(message, '*');

  function fetchText(url: string): Promise<string> {
    const request = nextRequest++;
    return new Promise((resolve, reject) => {
      pending.set(request, { resolve, reject });
      toPage({ type: 'fetch', request, url });
    });
  }

  // Only relative or root-relative specifiers are the site's own chunks; reader code never passes through here.
  const STATIC_IMPORT = /(\bfrom\s*|\bimport\s*)(["'])((?:\.{1,2}\/|\/)[^"'`\s]*)\2/g;
  const DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'`])((?:\.{1,2}\/|\/)[^"'`\s$]*)\1\s*\)/g;

  /**
   * A blob: URL serving the site's module at `url`, its static imports pointing at blob: URLs of their own
   * and its dynamic imports calling the import global. Depth first, one at a time, so a cycle is found
   * (a blob: URL needs its final text, so cyclic chunks cannot be served this way).
   */
  function load(url: string, trail: readonly string[]): Promise<string> {
    if (trail.includes(url)) return Promise.reject(new Error(`cyclic import of ${url}`));
    let known = modules.get(url);
    if (!known) {
      known = build(url, [...trail, url]);
      modules.set(url, known);
      known.catch(() => modules.delete(url));
    }
    return known;
  }

  async function build(url: string, trail: readonly string[]): Promise<string> {
    const text = (await fetchText(url)).replace(DYNAMIC_IMPORT, (_all, _quote: string, specifier: string) =>
      `globalThis.${importGlobal}(${JSON.stringify(new URL(specifier, url).href)})`);
    const resolved = new Map<string, string>();
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const specifier = match[3];
      if (resolved.has(specifier)) continue;
      resolved.set(specifier, await load(new URL(specifier, url).href, trail));
    }
    const rewritten = text.replace(STATIC_IMPORT, (all, lead: string, quote: string, specifier: string) =>
      resolved.has(specifier) ? `${lead}${quote}${resolved.get(specifier)}${quote}` : all);
    return URL.createObjectURL(new Blob([rewritten], { type: 'text/javascript' }));
  }

  function relay(id: number, run: Run, message: unknown): void {
    if (run.ended) return;
    const now = performance.now();
    if (now - run.windowStart > 1000) {
      run.windowStart = now;
      run.sent = 0;
    }
    if (++run.sent > messagesPerSecond) {
      if (!run.warned) toPage({ type: 'message', run: id, message: { type: 'log', lines: ['warning: the snippet sent too many messages; some were dropped.'] } });
      run.warned = true;
      return;
    }
    // An ArrayBuffer at the top of a message (a snippet's figures, as bytes) is handed on, not copied.
    const buffers = message && typeof message === 'object' ? Object.values(message).filter((value) => value instanceof ArrayBuffer) : [];
    parent.postMessage({ type: 'message', run: id, message } satisfies FromFrameMessage, '*', buffers);
  }

  async function answerModule(worker: Worker, request: ModuleRequest): Promise<void> {
    let response: ModuleResponse;
    try {
      response = { type: 'moduleResponse', id: request.id, blobUrl: await load(String(request.url), []) };
    } catch (error) {
      response = { type: 'moduleResponse', id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    worker.postMessage(response);
  }

  async function start(id: number, entry: string, name: string, port: MessagePort): Promise<void> {
    const run: Run = { worker: null, port, ended: false, windowStart: 0, sent: 0, warned: false };
    runs.set(id, run);
    let url: string;
    try {
      url = await load(entry, []);
    } catch (error) {
      toPage({ type: 'error', run: id, message: `The runner could not load: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (run.ended) return;
    // A module worker from a blob: URL fails in an opaque origin (its CORS check), but a classic one works and may
    // import() blob: modules. So a classic bootstrap imports the entry, holding messages that arrive before it is ready.
    // It also takes the page's port (the first message) and passes what arrives there on as the worker's own
    // messages. It runs before any reader code, so it keeps the built-ins it uses: code that later replaces
    // MessageEvent's getters or dispatchEvent never sees the port, and cannot write to the page by it.
    const bootstrap = `const early = []; let loaded = false; globalThis.${bootGlobal} = true;
const call = Function.prototype.call, Message = MessageEvent, scope = self;
const dataOf = call.bind(Object.getOwnPropertyDescriptor(Message.prototype, 'data').get);
const portsOf = call.bind(Object.getOwnPropertyDescriptor(Message.prototype, 'ports').get);
const dispatch = call.bind(EventTarget.prototype.dispatchEvent);
const deliver = (data) => loaded ? dispatch(scope, new Message('message', { data })) : early.push(data);
scope.addEventListener('message', (e) => {
  const port = portsOf(e)[0];
  if (port && dataOf(e)?.type === 'pagePort') port.onmessage = (m) => deliver(dataOf(m));
});
scope.onmessage = (e) => { if (portsOf(e).length === 0) early.push(dataOf(e)); };
import(${JSON.stringify(url)}).then(() => { loaded = true; for (const data of early.splice(0)) dispatch(scope, new Message('message', { data })); },
  (error) => setTimeout(() => { throw error; }));`;
    const worker = new Worker(URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' })), { name });
    run.worker = worker;
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null;
      if (data && data.type === 'moduleRequest') void answerModule(worker, data as ModuleRequest);
      else relay(id, run, data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!run.ended) toPage({ type: 'error', run: id, message: event.message || '' });
    };
    worker.onmessageerror = () => relay(id, run, { type: 'unreadable' });
    worker.postMessage({ type: 'pagePort' } satisfies PagePort, [port]);
    run.port = null;
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = event.data as ToFrameMessage;
    if (message.type === 'start') void start(message.run, message.entry, message.name, message.port);
    else if (message.type === 'terminate') {
      const run = runs.get(message.run);
      if (!run) return;
      run.ended = true;
      run.worker?.terminate();
      run.port?.close();
      runs.delete(message.run);
    } else if (message.type === 'fetched') {
      const waiting = pending.get(message.request);
      pending.delete(message.request);
      if (typeof message.text === 'string') waiting?.resolve(message.text);
      else waiting?.reject(new Error(message.error ?? 'not available'));
    }
  });
  toPage({ type: 'ready' });
}
