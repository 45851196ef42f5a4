import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { migratePersisted } from './migrations';
import type { NoticeStore } from './notices';
import { STORE_KEY, STORE_VERSION, persistedSchema, type PersistedState } from './persisted-schema';
import { mergeOnWrite, salvage } from './merge-rules';
import { createPreferencesSlice, type PreferencesSlice } from './slices/preferences';
import { createDesktopSlice, type DesktopSlice } from './slices/desktop';
import { createExportsSlice, type ExportsSlice } from './slices/exports';
import { createProgressSlice, type ProgressSlice } from './slices/progress';
import { createSiteSlice, type SiteSlice } from './slices/site';
import { createServerStatesSlice, type ServerStatesSlice } from './slices/server-states';

export type RunbookState = PreferencesSlice &
  SiteSlice &
  ProgressSlice &
  ExportsSlice &
  DesktopSlice &
  ServerStatesSlice;

interface StoreOptions {
  readonly storage: Storage;
  readonly notices: NoticeStore;
  readonly now?: () => Date;
}

/** Builds a fresh store (one per window; tests build their own). Persists through a guarded storage. */
export function createRunbookStore(options: StoreOptions) {
  const now = options.now ?? (() => new Date());
  const storage = createGuardedStorage<PersistedState>({
    storage: options.storage,
    currentVersion: STORE_VERSION,
    notices: options.notices,
    now,
    mergeOnWrite,
  });
  return createStore<RunbookState>()(
    persist(
      (...a) => ({
        ...createPreferencesSlice(...a),
        ...createSiteSlice(...a),
        ...createProgressSlice(...a),
        ...createExportsSlice(...a),
        ...createDesktopSlice(...a),
        ...createServerStatesSlice(...a),
      }),
      {
        name: STORE_KEY,
        version: STORE_VERSION,
        storage,
        partialize: (s): PersistedState => ({
          preferences: s.preferences,
          site: s.site,
          siteDraft: s.siteDraft,
          progress: s.progress,
          exports: s.exports,
          installation: s.installation,
          lastPlace: s.lastPlace,
          demo: s.demo,
          // The same shape; the model's lists are readonly, the schema's output is not.
          serverStates: s.serverStates as PersistedState['serverStates'],
        }),
        migrate: (persisted, version) => {
          const migrated = migratePersisted(persisted, version);
          options.notices.getState().report({
            kind: 'migrated',
            reason: `Saved data was upgraded from format ${version} to ${STORE_VERSION}.`,
            at: now().toISOString(),
          });
          return migrated as PersistedState;
        },
        // Runs on every hydration: stored data is untrusted input, validated with the same schema.
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const parsed = persistedSchema.safeParse(persisted);
          if (!parsed.success) {
            // Keep what is still valid; the original goes aside and the user hears what was dropped.
            const issue = parsed.error.issues[0];
            const { state, dropped } = salvage(persisted);
            storage.keepAside(
              `The saved data failed validation at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}. Kept what was valid; dropped: ${dropped.join(', ') || 'nothing'}.`,
            );
            return { ...current, ...state };
          }
          return { ...current, ...parsed.data };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error)
            storage.keepAside(
              `The saved data could not be upgraded: ${error instanceof Error ? error.message : 'unknown error'}.`,
            );
        },
      },
    ),
  );
}

export type RunbookStore = ReturnType<typeof createRunbookStore>;

/** Writes any deferred change to storage now (the app calls it on pagehide; tests before reading). */
export function flushRunbookStore(store: RunbookStore): void {
  (store.persist.getOptions().storage as GuardedStorage<PersistedState> | undefined)?.flush();
}
