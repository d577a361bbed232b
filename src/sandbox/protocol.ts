/**
 * The messages between the page and its sandbox frame (an opaque-origin iframe
 * that owns every worker running reader code), and between the frame and those
 * workers for loading code. Types only; nothing here runs.
 *
 * The page never hands the frame a URL it would load by itself: the frame asks
 * (`fetch`), the page checks the address is one of the site's own scripts and
 * answers with the text, and the frame turns it into blob: modules.
 *
 * The page talks to each worker over a MessagePort of its own (handed over in
 * `start`), so a run request or a knob value goes straight to the worker thread
 * instead of waiting for the frame's next task (behind a frame of rendering, in
 * Chromium's cross-process postMessage). The worker answers only through the
 * frame, which limits how fast it may talk.
 * @module
 */
import type { Message } from '../runtime/protocol';

/** What the page sends its sandbox frame. */
export interface ToFrame {
  /**
   * Start worker `run` from the script at absolute URL `entry` (fetched through the page), and hand it
   * `port` ({@link PagePort}): what the page posts there reaches the worker's `message` listeners.
   */
  start: { readonly run: number; readonly entry: string; readonly name: string; readonly port: MessagePort };
  terminate: { readonly run: number };
  /** The answer to the frame's `fetch` number `request`: the script's text, or why not. */
  fetched: { readonly request: number; readonly text?: string; readonly error?: string };
}

/** What the sandbox frame tells the page. */
export interface FromFrame {
  /** The frame's script is running and listening. */
  ready: Record<never, never>;
  /** Worker `run` posted `message` (untrusted: the page checks it). */
  message: { readonly run: number; readonly message: unknown };
  /** Worker `run` could not start or crashed. */
  error: { readonly run: number; readonly message: string };
  /** Please fetch the site's script at absolute URL `url`. */
  fetch: { readonly request: number; readonly url: string };
}

/** A worker asks its owner for a module (the code of a dynamic `import()` in the site's bundle). */
export interface ModuleRequest {
  readonly type: 'moduleRequest';
  readonly id: number;
  /** Absolute URL of the module as the site serves it. */
  readonly url: string;
}

/** The owner's answer: a blob: URL to `import()`, or why not. */
export interface ModuleResponse {
  readonly type: 'moduleResponse';
  readonly id: number;
  readonly blobUrl?: string;
  readonly error?: string;
}

/** What the frame posts a new worker first, transferring the page's port (the bootstrap takes it). */
export interface PagePort {
  readonly type: 'pagePort';
}

/** The global a rewritten `import("…")` calls inside sandboxed workers. */
export const IMPORT_GLOBAL = '__liveNotesImport';

/** Set (true) by the classic bootstrap that starts every sandboxed worker. */
export const BOOT_GLOBAL = '__liveNotesBootstrapped';

export type ToFrameMessage = Message<ToFrame>;
export type FromFrameMessage = Message<FromFrame>;
