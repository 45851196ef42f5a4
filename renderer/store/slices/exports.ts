import type { StateCreator } from 'zustand';
import { bundleRecordOf, type BundleContents } from '../../../core/certificates/bundle-state';
import type { ExportRecord } from '../persisted-schema';

export interface ExportsSlice {
  /** The last verified USB export of each hub's bundle, by hub id. */
  readonly exports: Readonly<Record<string, ExportRecord>>;
  /** Records what a verified export wrote into each hub's folder (as `bundle:export` reported it). */
  readonly recordExport: (bundles: readonly BundleContents[], folder: string, at: Date) => void;
}

/** Which bundles went to which stick, with what in them, so the Certificates table can say "exported". */
export const createExportsSlice: StateCreator<ExportsSlice, [], [], ExportsSlice> = (set) => ({
  exports: {},
  recordExport: (bundles, folder, at) =>
    set((s) => ({
      exports: {
        ...s.exports,
        ...Object.fromEntries(
          bundles.map((b) => [b.hubId, { at: at.toISOString(), folder, ...bundleRecordOf(b) }]),
        ),
      },
    })),
});
