import { createStore } from 'zustand/vanilla';

/** Something the user must hear about their saved data (never silently handled). */
interface StorageNotice {
  readonly id: string;
  readonly kind: 'kept-aside' | 'not-saved' | 'migrated';
  /** Why: unreadable JSON, a newer app's data, data that failed validation, storage full... */
  readonly reason: string;
  /** localStorage key where the original text was kept, for kept-aside notices. */
  readonly keptUnder?: string;
  readonly at: string;
}

export interface NoticeState {
  readonly notices: readonly StorageNotice[];
  readonly report: (notice: Omit<StorageNotice, 'id'>) => void;
  readonly dismiss: (id: string) => void;
}

/** A small, never-persisted store for storage notices (filled during hydration, before the UI). */
export function createNoticeStore() {
  let counter = 0;
  return createStore<NoticeState>()((set) => ({
    notices: [],
    report: (notice) => {
      counter += 1;
      set((s) => ({ notices: [...s.notices, { ...notice, id: `n${counter}` }] }));
    },
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
