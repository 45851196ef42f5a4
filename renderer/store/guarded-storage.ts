import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { NoticeStore } from './notices';

interface GuardedStorageOptions<S> {
  readonly storage: Storage;
  readonly currentVersion: number;
  readonly notices: NoticeStore;
  readonly now: () => Date;
  /** Folds in what another window wrote since we last read or wrote (see merge-rules.ts). */
  readonly mergeOnWrite?: (stored: StorageValue<S>, ours: StorageValue<S>) => StorageValue<S>;
  /**
   * Write right after the next paint instead of inside the user's action (default true): the
   * click paints first, the large JSON of a big site is written a few milliseconds later.
   * Coalesced; flushed before any read, and by the app on pagehide and when hidden.
   */
  readonly deferWrites?: boolean;
}

/** The storage plus the raw text it last read, so a later validation failure can keep it aside. */
export interface GuardedStorage<S> extends PersistStorage<S> {
  /** Copies the last-read raw blob under a new key and tells the user why. Returns the key. */
  keepAside(reason: string): string | null;
  /** Writes a deferred change now (before unload, before reading). */
  flush(): void;
}

/**
 * A PersistStorage that never loses what it cannot use. zustand's own JSON storage throws on
 * corrupt JSON, after which the first change overwrites the blob; here unreadable, unrecognised
 * or newer-version data is copied to `<name>.kept.<time>` and reported before anything writes.
 * The blob found at start-up is also copied to `<name>.backup` before the first overwrite, and a
 * write that fails (quota) is reported instead of throwing out of the user's action.
 */
export function createGuardedStorage<S>(options: GuardedStorageOptions<S>): GuardedStorage<S> {
  const { storage, currentVersion, notices, now } = options;
  let lastRaw: { name: string; raw: string } | null = null;
  /** The text this window last read or wrote: anything else in storage came from another window. */
  let lastSeen: string | null = null;
  let backedUp = false;
  let pending: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const keepAside = (reason: string): string | null => {
    if (!lastRaw) return null;
    const raw = lastRaw.raw;
    // The same unusable text found again on the next start is already kept: point at that copy.
    const already = Array.from({ length: storage.length }, (_, i) => storage.key(i)).find(
      (k) => k !== null && k.startsWith(`${lastRaw?.name}.kept.`) && storage.getItem(k) === raw,
    );
    const key = already ?? `${lastRaw.name}.kept.${now().toISOString()}`;
    try {
      if (!already) storage.setItem(key, raw);
    } catch {
      notices.getState().report({
        kind: 'not-saved',
        reason: `Could not keep a copy of unusable saved data (${reason}): storage is full.`,
        at: now().toISOString(),
      });
      return null;
    }
    notices
      .getState()
      .report({ kind: 'kept-aside', reason, keptUnder: key, at: now().toISOString() });
    backedUp = true; // the kept copy is the backup; nothing else needs saving before overwrite
    return key;
  };

  const writeNow = (name: string, value: StorageValue<S>): void => {
    try {
      const existing = storage.getItem(name);
      if (!backedUp) {
        if (existing !== null) storage.setItem(`${name}.backup`, existing);
        backedUp = true;
      }
      let toWrite = value;
      if (existing !== null && existing !== lastSeen && options.mergeOnWrite) {
        try {
          toWrite = options.mergeOnWrite(JSON.parse(existing) as StorageValue<S>, value);
        } catch {
          // Another window left unreadable text: ours replaces it, the backup above keeps it.
        }
      }
      const text = JSON.stringify(toWrite);
      storage.setItem(name, text);
      lastSeen = text;
    } catch (error) {
      const full =
        error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
      notices.getState().report({
        kind: 'not-saved',
        reason: full
          ? 'Your last change was NOT saved: the app storage is full. Export the site to a file, then remove old sites.'
          : 'Your last change was NOT saved: the app storage refused it. Export the site to a file before closing.',
        at: now().toISOString(),
      });
    }
  };

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const next = pending;
    pending = null;
    if (next) writeNow(next.name, next.value);
  };

  return {
    keepAside,
    flush,
    getItem(name) {
      flush(); // a deferred change of ours is written (and merged) before we read
      const raw = storage.getItem(name);
      lastSeen = raw;
      if (raw === null) return null;
      lastRaw = { name, raw };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        keepAside('The saved data could not be read (it is not valid JSON).');
        return null;
      }
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        !('state' in parsed) ||
        typeof (parsed as { version?: unknown }).version !== 'number'
      ) {
        keepAside('The saved data is not in a format this app knows.');
        return null;
      }
      const value = parsed as StorageValue<S>;
      if ((value.version ?? 0) > currentVersion) {
        keepAside(
          `The saved data comes from a newer version of the app (format ${value.version}; this app reads up to ${currentVersion}).`,
        );
        return null;
      }
      return value;
    },
    setItem(name, value) {
      pending = { name, value };
      if (options.deferWrites === false) flush();
      else if (timer === null) {
        // After the next paint (a hidden window paints nothing, hence the 250 ms fallback).
        timer = setTimeout(flush, 250);
        if (typeof requestAnimationFrame === 'function')
          requestAnimationFrame(() => setTimeout(flush, 0));
      }
    },
    removeItem(name) {
      flush();
      storage.removeItem(name);
    },
  };
}
