import type { StateCreator } from 'zustand';
import {
  afterCertificateGenerated,
  afterSiteCaReplaced,
  type GeneratedCertificate,
  type StepChange,
} from '../../../core/plan/certificate-replaced';
import { planFor } from '../../../core/plan/plan';
import type { StepRecord } from '../persisted-schema';
import type { SiteSlice } from './site';

export interface ProgressSlice {
  /** Step records by step key (see core/procedure's stepKey). */
  readonly progress: Readonly<Record<string, StepRecord>>;
  /** Records a status change, stamped with who and when. */
  readonly setStep: (key: string, change: Omit<StepChange, 'key'>, by: string, at: Date) => void;
  /**
   * Records certificates the app just generated: each hub's generate step is done, and a
   * replaced certificate sends the finished steps that used the old one back to to do (core's
   * afterCertificateGenerated decides which), all in one change signed by the site's engineer.
   */
  /** `newSiteCa`: the thumbprint of a site root that replaced another one in this run, else null. */
  readonly recordGeneratedCertificates: (
    certs: readonly GeneratedCertificate[],
    at: Date,
    newSiteCa?: string | null,
  ) => void;
  /** Replaces every record (site import). */
  readonly replaceProgress: (progress: Record<string, StepRecord>) => void;
}

/** One new record; evidence already attached to the step stays attached. */
function record(
  previous: StepRecord | undefined,
  change: Omit<StepChange, 'key'>,
  by: string,
  at: Date,
): StepRecord {
  return {
    status: change.status,
    note: change.note,
    by,
    at: at.toISOString(),
    evidence: previous?.evidence ?? [],
  };
}

/** Per-target step progress: each change is a new record, so the newest always wins a merge. */
export const createProgressSlice: StateCreator<ProgressSlice & SiteSlice, [], [], ProgressSlice> = (
  set,
) => ({
  progress: {},
  setStep: (key, change, by, at) =>
    set((s) => ({ progress: { ...s.progress, [key]: record(s.progress[key], change, by, at) } })),
  recordGeneratedCertificates: (certs, at, newSiteCa = null) =>
    set((s) => {
      if (!s.site) return {};
      const plan = planFor(s.site);
      const progress = { ...s.progress };
      if (newSiteCa !== null)
        for (const { key, ...change } of afterSiteCaReplaced(plan, progress, newSiteCa, at))
          progress[key] = record(progress[key], change, s.site.engineer.name, at);
      for (const cert of certs) {
        for (const { key, ...change } of afterCertificateGenerated(plan, progress, cert, at)) {
          progress[key] = record(progress[key], change, s.site.engineer.name, at);
        }
      }
      return { progress };
    }),
  replaceProgress: (progress) => set({ progress }),
});
