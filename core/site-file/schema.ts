import { z } from 'zod';
import { stepStatuses } from '../plan/progress';
import { siteSchema } from '../site';

/** The `format` marker every site file carries, so we never mistake another JSON file for one. */
export const SITE_FILE_FORMAT = 'secure-smtp-runbook.site' as const;
/** The newest site file layout this app writes and reads. Bump it only with a migration. */
export const SITE_FILE_VERSION = 1 as const;
/** Site files larger than this are refused before parsing (a real one is a few hundred KB). */
export const SITE_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** The extension of an exported site file (registered with the OS for double-click). */
export const SITE_FILE_EXTENSION = '.smtprunbook';

/** One step's progress on one target, as the store keeps it (same shape, checked here too). */
const siteFileStepSchema = z.object({
  status: z.enum(stepStatuses, {
    error: `status must be ${stepStatuses.slice(0, -1).join(', ')} or ${stepStatuses.at(-1)}`,
  }),
  by: z.string({ error: 'by must be text' }).max(120, 'by is longer than 120 characters'),
  at: z.iso.datetime({ error: 'at must be an ISO date and time such as 2026-01-31T09:00:00Z' }),
  note: z.string({ error: 'note must be text' }).max(4000, 'note is longer than 4000 characters'),
  evidence: z
    .array(z.string().regex(/^[a-z0-9-]{1,64}$/u, 'evidence ids are 1-64 letters, digits, hyphens'))
    .max(50, 'at most 50 evidence files per step')
    .default([]),
});

/** The whole file: answers and progress, never keys or passwords. The CLI reads the same schema. */
export const siteFileSchema = z.object({
  format: z.literal(SITE_FILE_FORMAT),
  formatVersion: z.literal(SITE_FILE_VERSION),
  site: siteSchema,
  progress: z
    .record(z.string().min(1).max(300, 'step keys are at most 300 characters'), siteFileStepSchema)
    .default({}),
  exportedAt: z.iso.datetime({ error: 'exportedAt must be an ISO date and time' }),
});

export type SiteFile = z.output<typeof siteFileSchema>;
export type SiteFileStep = z.output<typeof siteFileStepSchema>;
export type SiteFileProgress = Readonly<Record<string, SiteFileStep>>;
