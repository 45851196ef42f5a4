import type { StateCreator } from 'zustand';
import type { StepRecord, StepStatus } from '../persisted-schema';

export interface StepChange {
  readonly status: StepStatus;
  readonly note: string;
}

export interface ProgressSlice {
  /** Step records by step key (see core/plan's stepKey). */
  readonly progress: Readonly<Record<string, StepRecord>>;
  /** Records a status change, stamped with who and when. */
  readonly setStep: (key: string, change: StepChange, by: string, at: Date) => void;
  /** Replaces every record (site import). */
  readonly replaceProgress: (progress: Record<string, StepRecord>) => void;
}

/** Per-target step progress: each change is a new record, so the newest always wins a merge. */
export const createProgressSlice: StateCreator<ProgressSlice, [], [], ProgressSlice> = (set) => ({
  progress: {},
  setStep: (key, change, by, at) =>
    set((s) => ({
      progress: {
        ...s.progress,
        [key]: {
          status: change.status,
          note: change.note,
          by,
          at: at.toISOString(),
          evidence: s.progress[key]?.evidence ?? [],
        },
      },
    })),
  replaceProgress: (progress) => set({ progress }),
});
