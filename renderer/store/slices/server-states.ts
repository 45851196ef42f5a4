import type { StateCreator } from 'zustand';
import type { ServerStateRecord } from '../../../core/verification/stick';

export interface ServerStatesSlice {
  /** The newest collected state of each hub read from a stick, by hub id (the file as evidence). */
  readonly serverStates: Readonly<Record<string, ServerStateRecord>>;
  /** Keeps what a stick reading found; a hub's newer reading replaces its older one. */
  readonly recordServerStates: (byHub: Readonly<Record<string, ServerStateRecord>>) => void;
}

/** Collected server states: what the checks read, kept across restarts (no secrets in them). */
export const createServerStatesSlice: StateCreator<ServerStatesSlice, [], [], ServerStatesSlice> = (
  set,
) => ({
  serverStates: {},
  recordServerStates: (byHub) => set((s) => ({ serverStates: { ...s.serverStates, ...byHub } })),
});
