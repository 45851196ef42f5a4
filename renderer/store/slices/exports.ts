import type { StateCreator } from 'zustand';
import type { ExportRecord } from '../persisted-schema';

export interface ExportsSlice {
  /** The last verified USB export of each hub's bundle, by hub id. */
  readonly exports: Readonly<Record<string, ExportRecord>>;
  /** Records a verified export of these hubs' certificates (by thumbprint) to a folder. */
  readonly recordExport: (
    exported: readonly { hubId: string; thumbprint: string }[],
    folder: string,
    at: Date,
  ) => void;
}

/** Which bundles went to which stick, so the Certificates table can say "exported". */
export const createExportsSlice: StateCreator<ExportsSlice, [], [], ExportsSlice> = (set) => ({
  exports: {},
  recordExport: (exported, folder, at) =>
    set((s) => ({
      exports: {
        ...s.exports,
        ...Object.fromEntries(
          exported.map(({ hubId, thumbprint }) => [
            hubId,
            { at: at.toISOString(), folder, thumbprint },
          ]),
        ),
      },
    })),
});
