/**
 * Build-time: the Content-Security-Policy every page carries as a
 * `<meta http-equiv>` (works on any static host), written into the built HTML
 * by src/integrations/csp.ts. What it allows, and why:
 * - scripts: the site's own files, the page's inline scripts by hash, the
 *   sandbox frame's script by hash, blob: (the frame's workers and the reader's
 *   modules live at blob: URLs inside the frame) and WebAssembly (search);
 *   never another origin, never eval.
 * - connect-src 'self': the page fetches its own scripts, data and search
 *   index; the sandbox frame adds connect-src 'none' for reader code.
 * - styles inline: Monaco and Plotly inject <style> and style attributes.
 * - images: the site's own, and data:/blob: (Plotly's heatmaps); none from elsewhere.
 * @module
 */
import { scriptHash, sandboxScript } from './sandbox-html';

/** The policy for a page whose inline scripts are `inlineScripts` (their exact texts). */
export function pagePolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set([...inlineScripts, sandboxScript()].map(scriptHash))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} blob: 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NOT_JAVASCRIPT = /\btype\s*=\s*["']?(?!module\b|text\/javascript\b)[\w/+.-]+/i;

/** The texts of a page's inline scripts that a policy must allow (not data blocks, not src= scripts). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NOT_JAVASCRIPT.test(attributes) || body.trim() === '') continue;
    found.push(body);
  }
  return found;
}

/** `html` with its policy as the first element of <head>, before any script. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScripts(html))}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  return html.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
