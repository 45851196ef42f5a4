import { z } from 'zod';
import { bundleRecordSchema } from '../../core/certificates/bundle-state';
import { stepStatuses } from '../../core/plan/progress';
import { installationSchema, lastPlaceSchema } from '../../core/desktop/last-place';
import { siteSchema } from '../../core/site';
import { serverStateRecordSchema } from '../../core/verification/stick';

/** The persisted store's format version. Bump it with every shape change and add a migration. */
export const STORE_VERSION = 6;
export const STORE_KEY = 'secure-smtp-runbook';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themeSchema>;

export { stepStatuses, type StepStatus } from '../../core/plan/progress';

/** One step's state on one target (a hub, the organisation, a partner pair...). */
export const stepRecordSchema = z.object({
  status: z.enum(stepStatuses),
  /** Who changed it last (this installation's engineer) and when (ISO time). */
  by: z.string().max(120),
  at: z.iso.datetime(),
  note: z.string().max(4000),
  /** Evidence files in the app's data folder, by id (images are never kept in localStorage). */
  evidence: z
    .array(z.string().regex(/^[a-z0-9-]{1,64}$/u))
    .max(50)
    .default([]),
});
export type StepRecord = z.infer<typeof stepRecordSchema>;

/** The questionnaire's unfinished answers, kept so a crash mid-way loses no typing. */
export const siteDraftSchema = z.object({
  page: z.number().int().min(0).max(20),
  value: z.record(z.string(), z.unknown()),
});
export type SiteDraft = z.infer<typeof siteDraftSchema>;

/** Format 2: preferences, the site, the questionnaire draft, and per-target step progress. */
const persistedV2Schema = z.object({
  preferences: z.object({ theme: themeSchema }),
  site: siteSchema.nullable(),
  siteDraft: siteDraftSchema.nullable(),
  progress: z.record(z.string().max(300), stepRecordSchema),
});

/**
 * Where and when a hub's bundle was last exported, and what it carried (core's bundle record: the
 * certificate's thumbprint, the site CA, a digest of the partners' certificates and of the script
 * inputs). No secrets. Records written before the contents were kept have only `thumbprint` (or
 * nothing): they still parse, and core counts such a bundle as out of date.
 */
export const exportRecordSchema = z
  .object({ at: z.iso.datetime(), folder: z.string().max(1024) })
  .extend(bundleRecordSchema.partial().shape);
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/**
 * Format 3: format 2 plus the last export of each hub's bundle, by hub id. Format 4 has the same
 * shape; its hubs' receiveConnectorInternetFacing may be null (not answered, see migrations.ts).
 */
const persistedV3Schema = persistedV2Schema.extend({
  exports: z.record(z.string().max(64), exportRecordSchema),
});

/**
 * Format 5 (issue 13): format 3 plus this installation's engineer (who signs ticks made here, not
 * the site file's), the last place worked on, and whether the site is the removable demo.
 * Format 6 (issue 14): plus the newest collected server state of each hub, by hub id.
 */
const persistedV6Schema = persistedV3Schema.extend({
  installation: installationSchema,
  lastPlace: lastPlaceSchema.nullable(),
  demo: z.boolean(),
  serverStates: z.record(z.string().max(64), serverStateRecordSchema).default({}),
});

export const persistedSchema = persistedV6Schema;
export type PersistedState = z.infer<typeof persistedSchema>;
