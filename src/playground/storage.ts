/**
 * The reader's edits, kept per snippet in localStorage together with the hash
 * of the snippet version they started from, and the one edit a share link
 * replaced, kept as a backup.
 * @module
 */

/** The part of the Storage interface used here (localStorage, or a Map in tests). */
export type EditStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A saved edit, and whether the author has changed the snippet since. */
export interface SavedEdit {
  readonly code: string;
  /** True when the snippet changed after the reader saved: their edit is based on an older version. */
  readonly outdated: boolean;
  readonly savedAt: number;
}

const PREFIX = 'live-notes:edit:';
const BACKUP_PREFIX = 'live-notes:edit-backup:';
const UNFOLDED_PREFIX = 'live-notes:code-shown:';

/** The browser's localStorage, or null where it is blocked (reading `localStorage` itself can throw). */
export function browserStore(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

interface Stored {
  readonly code: string;
  readonly baseHash: string;
  readonly savedAt: number;
}

/** Storage key of a snippet, by its id (its path under content/chapters). */
export function editKey(snippetId: string): string {
  return PREFIX + snippetId;
}

/** Storage key that remembers a reader unfolded a snippet's code (present: shown), by snippet id. */
export function unfoldedKey(snippetId: string): string {
  return UNFOLDED_PREFIX + snippetId;
}

/** The reader's edit of a snippet, or null when there is none (or it cannot be read). */
export function loadEdit(store: EditStore, snippetId: string, currentHash: string): SavedEdit | null {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(store.getItem(editKey(snippetId)) ?? 'null') ?? {};
  } catch {
    return null;
  }
  if (typeof stored.code !== 'string') return null;
  return { code: stored.code, outdated: stored.baseHash !== currentHash, savedAt: stored.savedAt ?? 0 };
}

/**
 * Saves the reader's code. Saving the original again removes the edit, so
 * "edited" means "differs from the author's version".
 * @returns false when storage is full or unavailable (private mode).
 */
export function saveEdit(store: EditStore, snippetId: string, code: string, original: string, baseHash: string, now = Date.now()): boolean {
  try {
    if (code === original) store.removeItem(editKey(snippetId));
    else store.setItem(editKey(snippetId), JSON.stringify({ code, baseHash, savedAt: now } satisfies Stored));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the reader's edit (Reset). */
export function clearEdit(store: EditStore, snippetId: string): void {
  try {
    store.removeItem(editKey(snippetId));
  } catch {
    // Storage unavailable: nothing was saved either.
  }
}

/** Storage key of the edit a share link replaced, by snippet id. */
export function backupKey(snippetId: string): string {
  return BACKUP_PREFIX + snippetId;
}

/**
 * Keeps `code` (the reader's edit a share link is about to replace) as the snippet's backup.
 * @returns false when storage is full or unavailable.
 */
export function saveBackup(store: EditStore, snippetId: string, code: string): boolean {
  try {
    store.setItem(backupKey(snippetId), code);
    return true;
  } catch {
    return false;
  }
}

/** The edit a share link replaced, or null. */
export function loadBackup(store: EditStore, snippetId: string): string | null {
  try {
    return store.getItem(backupKey(snippetId));
  } catch {
    return null;
  }
}

/** Forgets the backup (once restored). */
export function clearBackup(store: EditStore, snippetId: string): void {
  try {
    store.removeItem(backupKey(snippetId));
  } catch {
    // Storage unavailable: nothing was saved either.
  }
}
