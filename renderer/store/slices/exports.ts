import type { StateCreator } from 'zustand';
import type { ExportRecord } from '../persisted-schema';

export interface ExportsSlice {
  /** The last verified USB export of each hub's bundle, by hub id. */
  readonly exports: Readonly<Record<string, ExportRecord>>;
  /** Records a verified export of these hubs to a folder. */
  readonly recordExport: (hubIds: readonly string[], folder: string, at: Date) => void;
}

/** Which bundles went to which stick, so the Certificates table can say "exported". */
export const createExportsSlice: StateCreator<ExportsSlice, [], [], ExportsSlice> = (set) => ({
  exports: {},
  recordExport: (hubIds, folder, at) =>
    set((s) => ({
      exports: {
        ...s.exports,
        ...Object.fromEntries(hubIds.map((id) => [id, { at: at.toISOString(), folder }])),
      },
    })),
});
