/**
 * Build-time: the sandbox frame's HTML (given to the iframe as `srcdoc`) and
 * the hash of its one inline script, which every page's Content-Security-Policy
 * must list (a srcdoc frame is also bound by its parent's policy).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'sucrase';
import { BOOT_GLOBAL, IMPORT_GLOBAL } from '../sandbox/protocol';

/** Messages relayed per worker per second before the frame starts dropping them. */
export const FRAME_MESSAGES_PER_SECOND = 3000;

const FRAME_SCRIPT = fileURLToPath(new URL('../sandbox/frame-script.ts', import.meta.url));

/** The frame's inline script: `frameMain`'s source, called with its settings. */
export function sandboxScript(): string {
  const js = transform(readFileSync(FRAME_SCRIPT, 'utf8'), { transforms: ['typescript'], disableESTransforms: true }).code;
  const body = js.replace(/^\s*export function frameMain/m, 'function frameMain').trim();
  return `${body}\nframeMain(${JSON.stringify(IMPORT_GLOBAL)}, ${JSON.stringify(BOOT_GLOBAL)}, ${FRAME_MESSAGES_PER_SECOND});\n`;
}

/** A CSP source for an inline script's exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The frame's own policy, on top of the page's: its script, blob: workers and modules, WebAssembly,
 * and nothing else: no network (connect-src 'none'), no images, no styles, no forms.
 */
export function sandboxPolicy(script: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash(script)} blob: 'wasm-unsafe-eval'`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "style-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The frame document. */
export function sandboxHtml(): string {
  const script = sandboxScript();
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxPolicy(script)}"></head><body><script>${script}</script></body></html>`;
}
