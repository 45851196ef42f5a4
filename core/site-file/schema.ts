import { z } from 'zod';
import { pfxProfiles } from '../site/enums';
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

const hex = (n: number) =>
  z.string().regex(new RegExp(`^[0-9A-F]{${n}}$`, 'u'), 'must be upper-case hex');

/** Public certificate facts (what Get-ExchangeCertificate and the PDF show): never a key. */
const certMetadataSchema = z
  .object({
    subject: z.string().max(1024),
    issuer: z.string().max(1024),
    sans: z.array(z.string().max(253)).max(100),
    notBefore: z.iso.datetime(),
    notAfter: z.iso.datetime(),
    keyBits: z.number().int().min(512).max(16384),
    serialHex: z.string().regex(/^[0-9a-fA-F]{1,64}$/u),
    thumbprint: hex(40),
    sha256: hex(64),
    selfSigned: z.boolean(),
    isCa: z.boolean(),
    extKeyUsage: z.array(z.string().max(100)).max(20),
    permittedDns: z.array(z.string().max(253)).max(500).optional(),
  })
  .refine((m) => Date.parse(m.notAfter) > Date.parse(m.notBefore), {
    path: ['notAfter'],
    message:
      'notAfter must be after notBefore: the certificate facts are damaged; export the site file again from the app',
  });

/**
 * The certificates' public facts, so a report printed from the file (CLI, another laptop) shows
 * the same certificate details and gets the same document ID as the app's.
 */
const siteFileCertificatesSchema = z.object({
  hubs: z
    .array(
      z.object({
        hubId: z.string().min(1).max(64),
        profile: z.enum(pfxProfiles),
        friendlyName: z.string().max(256),
        metadata: certMetadataSchema,
        signedBy: hex(40).nullable(),
      }),
    )
    .max(250),
  siteCa: certMetadataSchema.nullable(),
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
  /** Public certificate facts (written by app versions that print reports). */
  certificates: siteFileCertificatesSchema.optional(),
  /**
   * Whether the evidence files (screenshots, pasted output) travel in this file. They do not: the
   * steps carry their evidence ids (content hashes), the files stay in the app's data folder.
   */
  evidenceIncluded: z.literal(false).optional(),
});

export type SiteFile = z.output<typeof siteFileSchema>;
export type SiteFileStep = z.output<typeof siteFileStepSchema>;
export type SiteFileProgress = Readonly<Record<string, SiteFileStep>>;
