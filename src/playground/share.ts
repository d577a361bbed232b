/**
 * Share links: the reader's code, compressed with lz-string, in the URL hash
 * (`#share=<snippet id>&code=<compressed>`). Opening one loads the code into
 * its snippet and runs nothing until the reader presses Run.
 * @module
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** What a share link carries. */
export interface SharedCode {
  readonly snippetId: string;
  readonly code: string;
}

/** The link that opens `pageUrl` with `code` loaded into snippet `snippetId`. */
export function shareLink(pageUrl: string, shared: SharedCode): string {
  const url = new URL(pageUrl);
  url.hash = `share=${encodeURIComponent(shared.snippetId)}&code=${compressToEncodedURIComponent(shared.code)}`;
  return url.toString();
}

/** Reads a share link's hash (with or without its leading `#`); null when it is not one. */
export function readShareHash(hash: string): SharedCode | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const snippetId = params.get('share');
  const compressed = params.get('code');
  if (!snippetId || !compressed) return null;
  // URLSearchParams turns '+' into ' '; lz-string's URI alphabet uses '+'.
  const code = decompressFromEncodedURIComponent(compressed.replace(/ /g, '+'));
  return code ? { snippetId, code } : null;
}
