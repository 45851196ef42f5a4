import type { StateCreator } from 'zustand';
import {
  movedTo,
  noEngineer,
  withNote,
  type Installation,
  type LastPlace,
} from '../../../core/desktop/last-place';
import { demoSite } from '../../../core/desktop/demo-site';
import type { ExportsSlice } from './exports';
import type { ProgressSlice } from './progress';
import type { SiteSlice } from './site';

export interface DesktopSlice {
  /** This installation's engineer: who signs the ticks made here (never taken from a site file). */
  readonly installation: Installation;
  readonly setEngineer: (engineer: Installation['engineer']) => void;
  /** The area, step and unsaved note last worked on (restored on start). */
  readonly lastPlace: LastPlace | null;
  readonly setPlace: (area: string, stepKey: string | null) => void;
  /** Another area is open; the step last worked on is kept for the Servers area. */
  readonly setArea: (area: string) => void;
  readonly setNoteDraft: (stepKey: string, text: string) => void;
  /** True while the site is the demo (shown as such, removable). */
  readonly demo: boolean;
  /** Opens the demo site with no progress (only when there is no site to lose). */
  readonly openDemo: () => void;
  /** The site is no longer the demo (another site was imported over it). */
  readonly leaveDemo: () => void;
  /** Removes the demo site and everything done on it. */
  readonly removeDemo: () => void;
}

type All = DesktopSlice & SiteSlice & ProgressSlice & ExportsSlice;

/** Who works on this laptop, where they were, and the demo site. */
export const createDesktopSlice: StateCreator<All, [], [], DesktopSlice> = (set) => ({
  installation: noEngineer,
  setEngineer: (engineer) => set({ installation: { engineer } }),
  lastPlace: null,
  setPlace: (area, stepKey) => set((s) => ({ lastPlace: movedTo(s.lastPlace, area, stepKey) })),
  setArea: (area) =>
    set((s) =>
      s.lastPlace?.area === area
        ? {}
        : {
            lastPlace: {
              area,
              stepKey: s.lastPlace?.stepKey ?? null,
              note: s.lastPlace?.note ?? null,
            },
          },
    ),
  setNoteDraft: (stepKey, text) =>
    set((s) => ({ lastPlace: withNote(s.lastPlace, stepKey, text) })),
  demo: false,
  openDemo: () =>
    set((s) =>
      s.site ? {} : { site: demoSite(), siteDraft: null, progress: {}, exports: {}, demo: true },
    ),
  leaveDemo: () => set({ demo: false }),
  removeDemo: () =>
    set((s) =>
      s.demo
        ? { site: null, siteDraft: null, progress: {}, exports: {}, demo: false, lastPlace: null }
        : {},
    ),
});
