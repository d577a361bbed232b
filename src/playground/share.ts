/**
 * Share links: the reader's code, compressed with lz-string, in the URL hash
 * (`#share=<snippet id>&sum=<fingerprint>&code=<compressed>`). Opening one loads the
 * code into its snippet and runs nothing until the reader presses Run. The
 * fingerprint comes before the code, so a link cut short (the usual damage when
 * copied by hand) is noticed instead of loading half a program.
 * @module
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { ui, type Locale } from '../i18n';
import { sourceHash } from '../live-code/source-hash';

/** Longest shared code accepted, in characters once decompressed (the longest snippet is about 10 KB). */
export const MAX_SHARED_CODE_CHARS = 200_000;

/**
 * Longest compressed part read at all. lz-string's URI output is at most about 4 characters per
 * character of input (random non-Latin text; code is far below 1), so a longer part cannot
 * decompress within the limit and is refused unread.
 */
const MAX_COMPRESSED_CHARS = 5 * MAX_SHARED_CODE_CHARS;

/** What a share link carries. */
export interface SharedCode {
  readonly snippetId: string;
  readonly code: string;
}

/** A share link that names a snippet but cannot be used, and what to tell the reader. */
export interface BrokenShare {
  readonly snippetId: string;
  readonly problem: string;
}

/** The link that opens `pageUrl` with `code` loaded into snippet `snippetId`. */
export function shareLink(pageUrl: string, shared: SharedCode): string {
  const url = new URL(pageUrl);
  url.hash = `share=${encodeURIComponent(shared.snippetId)}&sum=${sourceHash(shared.code)}&code=${compressToEncodedURIComponent(shared.code)}`;
  return url.toString();
}

/** The snippet id a share hash names (with or without its leading `#`), or null when it is not a share link. */
export function sharedSnippetId(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('share') || null;
}

/** Reads a share link's hash: its code, why it cannot be used (in `locale`), or null when it is not a share link. */
export function parseShareHash(hash: string, locale: Locale = 'en'): SharedCode | BrokenShare | null {
  const t = ui(locale).snippet;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const snippetId = params.get('share');
  if (!snippetId) return null;
  const broken = (problem: string): BrokenShare => ({ snippetId, problem });
  const compressed = params.get('code');
  if (!compressed) return broken(t.shareNoCode);
  const tooLong = t.shareTooLong(MAX_SHARED_CODE_CHARS / 1000);
  if (compressed.length > MAX_COMPRESSED_CHARS) return broken(tooLong);
  // URLSearchParams turns '+' into ' '; lz-string's URI alphabet uses '+'.
  let code: string | null;
  try {
    code = decompressFromEncodedURIComponent(compressed.replace(/ /g, '+'));
  } catch {
    code = null;
  }
  const sum = params.get('sum');
  if (!code || (sum !== null && sourceHash(code) !== sum)) {
    return broken(t.shareDamaged);
  }
  if (code.length > MAX_SHARED_CODE_CHARS) return broken(tooLong);
  return { snippetId, code };
}

/** Reads a share link's hash; null when it is not one or cannot be used. */
export function readShareHash(hash: string): SharedCode | null {
  const shared = parseShareHash(hash);
  return shared && 'code' in shared ? shared : null;
}
