/**
 * The page's side of the sandbox: one hidden, opaque-origin iframe per page
 * (`sandbox="allow-scripts"`, no `allow-same-origin`) that owns every worker
 * running reader code. `sandboxedWorker()` gives a Worker-like handle whose
 * messages travel through the frame. The page answers the frame's requests for
 * the site's worker scripts (only scripts under the worker's own folder on this
 * origin) with their text; the frame can fetch nothing by itself.
 *
 * In `npm run dev` the site's scripts are many separate modules with cycles,
 * which blob: modules cannot express, so dev runs plain same-origin workers:
 * the isolation is a property of the built site, and its tests run on the build.
 * @module
 */
import sandboxHtml from 'virtual:live-notes/sandbox-html';
import type { FromFrameMessage, ToFrameMessage } from './protocol';

/** The part of the Worker interface the supervisors use. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

class SandboxFrame {
  private readonly iframe: HTMLIFrameElement;
  private readonly ready: Promise<void>;
  private readonly runs = new Map<number, SandboxedWorker>();
  /** Folders (URL prefixes on this origin) whose scripts the frame may ask for. */
  private readonly scriptFolders = new Set<string>();
  private nextRun = 1;

  constructor() {
    this.iframe = document.createElement('iframe');
    this.iframe.setAttribute('sandbox', 'allow-scripts');
    this.iframe.title = 'Sandbox for running snippets';
    this.iframe.setAttribute('aria-hidden', 'true');
    this.iframe.tabIndex = -1;
    this.iframe.hidden = true;
    this.iframe.dataset.sandbox = '';
    let ready: () => void = () => {};
    this.ready = new Promise((resolve) => (ready = resolve));
    window.addEventListener('message', (event) => {
      if (event.source !== this.iframe.contentWindow || event.source === null) return;
      const message = event.data as FromFrameMessage;
      if (message?.type === 'ready') ready();
      else this.receive(message);
    });
    this.iframe.srcdoc = sandboxHtml;
    document.body.append(this.iframe);
  }

  private send(message: ToFrameMessage, transfer: Transferable[] = []): void {
    void this.ready.then(() => this.iframe.contentWindow?.postMessage(message, '*', transfer));
  }

  private receive(message: FromFrameMessage): void {
    if (message?.type === 'message') this.runs.get(message.run)?.deliver(message.message);
    else if (message?.type === 'error') this.runs.get(message.run)?.crash(String(message.message ?? ''));
    else if (message?.type === 'fetch') void this.answerFetch(message.request, String(message.url));
  }

  private async answerFetch(request: number, address: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return this.send({ type: 'fetched', request, error: 'not a URL' });
    }
    // Scripts directly in a worker's own folder (the bundler's output), nothing else of the site.
    const allowed = url.origin === location.origin && url.pathname.endsWith('.js') && !url.search &&
      [...this.scriptFolders].some((folder) => url.pathname.startsWith(folder) && !url.pathname.slice(folder.length).includes('/'));
    if (!allowed) return this.send({ type: 'fetched', request, error: 'only the site\'s own worker scripts can be loaded' });
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.send({ type: 'fetched', request, text: await response.text() });
    } catch (error) {
      this.send({ type: 'fetched', request, error: error instanceof Error ? error.message : String(error) });
    }
  }

  start(entry: string, name: string): SandboxedWorker {
    const url = new URL(entry, location.href);
    this.scriptFolders.add(url.pathname.replace(/[^/]*$/, ''));
    const run = this.nextRun++;
    const channel = new MessageChannel();
    const worker = new SandboxedWorker(channel.port2, () => {
      this.runs.delete(run);
      this.send({ type: 'terminate', run });
    });
    this.runs.set(run, worker);
    this.send({ type: 'start', run, entry: url.href, name, port: channel.port1 }, [channel.port1]);
    return worker;
  }
}

/**
 * A worker inside the sandbox frame, seen from the page: the page posts to it over its own port (queued
 * there until the worker has started) and hears from it through the frame.
 */
class SandboxedWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  private terminated = false;

  constructor(private readonly port: MessagePort, private readonly stop: () => void) {
    // The port is the page's way in; only code that reached past the worker's bootstrap could write back on it.
    port.onmessage = () => {
      this.crash('');
      this.terminate();
    };
  }

  postMessage(message: unknown): void {
    if (!this.terminated) this.port.postMessage(message);
  }

  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.port.close();
    this.stop();
  }

  deliver(data: unknown): void {
    if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
  }

  crash(message: string): void {
    if (!this.terminated) this.onerror?.(new ErrorEvent('error', { message }));
  }
}

let frame: SandboxFrame | null = null;

/** How Vite's dev server addresses a worker script (a built site's are plain .js files). */
const DEV_WORKER = /[?&]worker_file\b/;

/**
 * Starts the worker script at `entry` (a URL from a `?worker&url` import) where reader code cannot
 * reach the site: inside the sandbox frame in a built site, as a plain module worker in `npm run dev`.
 */
export function sandboxedWorker(entry: string, name: string): WorkerLike {
  // Decided by the script itself, not by import.meta.env.DEV (a build run with NODE_ENV=test would count as dev).
  if (DEV_WORKER.test(entry)) return new Worker(entry, { type: 'module', name }) as unknown as WorkerLike;
  frame ??= new SandboxFrame();
  return frame.start(entry, name);
}
