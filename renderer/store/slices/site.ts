import type { StateCreator } from 'zustand';
import type { Site } from '../../../core/site';
import type { SiteDraft } from '../persisted-schema';

export interface SiteSlice {
  /** The validated site, or null before the questionnaire is finished. */
  readonly site: Site | null;
  readonly siteDraft: SiteDraft | null;
  /** Saves the questionnaire's answers as they are typed (validated only on commit). */
  readonly saveDraft: (draft: SiteDraft) => void;
  /** Replaces the site with a validated one. Progress is kept: steps that still apply keep their status. */
  readonly commitSite: (site: Site) => void;
  readonly discardDraft: () => void;
}

/** The site being worked on and the questionnaire draft. */
export const createSiteSlice: StateCreator<SiteSlice, [], [], SiteSlice> = (set) => ({
  site: null,
  siteDraft: null,
  saveDraft: (draft) => set({ siteDraft: draft }),
  commitSite: (site) => set({ site, siteDraft: null }),
  discardDraft: () => set({ siteDraft: null }),
});
