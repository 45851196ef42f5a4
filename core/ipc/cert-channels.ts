import { z } from 'zod';
import type { BundleContents } from '../certificates/bundle-state';
import type { InspectReport } from '../certificates/inspection';
import type { CertMetadata, HubCertView } from '../certificates/metadata';
import type { DragOutItem } from '../desktop/drag-out';
import { pfxProfiles } from '../certificates/profile';
import { pfxPasswordIssue } from '../pki/password';
import { SITE_LIMITS } from '../site/limits';
import { siteSchema } from '../site/site';
import { channel, pathArgument } from './channel';

/**
 * The certificate and USB-bundle channels, in the same shape as `contract` (spread into it).
 * Every result is metadata only: no private key, no PFX bytes and no password ever travels back
 * to the renderer. The PFX password crosses once, from the password field to main.
 */

export type HubGenerateOutcome =
  | {
      readonly hubId: string;
      readonly ok: true;
      readonly cert: HubCertView;
      readonly warnings: readonly string[];
    }
  | {
      readonly hubId: string;
      readonly ok: false;
      readonly error: { code: string; field: string; message: string };
    };

export interface CertGenerateResult {
  readonly hubs: readonly HubGenerateOutcome[];
  readonly siteCa: CertMetadata | null;
  /** False when keys are kept for this session only (no OS encryption). */
  readonly persisted: boolean;
  readonly note: string | null;
}

export interface CertListResult {
  readonly hubs: readonly HubCertView[];
  readonly siteCa: CertMetadata | null;
  readonly storage: 'os-encrypted' | 'weak' | 'unavailable';
  /**
   * Why the stored keys were not loaded at start (file locked, undecryptable, damaged) and what to
   * do; null when they loaded (or there were none). While set, new keys are not saved to disk.
   */
  readonly vaultNote: string | null;
}

/** One file written to the stick, as proved by reading it back. */
export interface BundleFileReport {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly secret: boolean;
}

export interface BundleExportResult {
  readonly folder: string;
  readonly files: readonly BundleFileReport[];
  /** Exactly what went into each hub's folder: its certificate, the partners', the site CA, the script. */
  readonly bundles: readonly BundleContents[];
  readonly warnings: readonly string[];
  /** Per hub, its folder and its .cer: what may be dragged out or shown in Explorer/Finder. */
  readonly dragItems: readonly DragOutItem[];
}

export interface BundleVerifyResult {
  readonly folder: string;
  readonly checked: number;
  readonly mismatched: readonly string[];
  readonly missing: readonly string[];
  /** Files in the bundle's folders that SHA256SUMS does not list (a killed export's temp files). */
  readonly unlisted: readonly string[];
  readonly ok: boolean;
}

/** A folder the bundle can go to, as the OS describes it (removable drives are listed first). */
export interface ExportTarget {
  readonly path: string;
  readonly label: string;
  readonly removable: boolean;
  readonly freeBytes: number | null;
}

/** PFX password rules: printable ASCII, 12–128 characters (SECURITY.md §0.1). */
const pfxPasswordSchema = z.string({ error: 'password must be text' }).superRefine((value, ctx) => {
  const issue = pfxPasswordIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', message: issue.message });
});

const id = z
  .string({ error: 'hub id must be text' })
  .min(1, 'hub id is empty')
  .max(64, 'hub id is too long');
const path = pathArgument('path', { empty: ': choose a file or folder', long: '', nul: '' });
const profile = z.enum(pfxProfiles, { error: 'profile must be windows-legacy or windows-modern' });

/** As many hubs as a site may hold (core/site's limit). */
export const MAX_HUBS = SITE_LIMITS.hubs;

/** Base64 of at most 1 MiB of file content (drag-and-drop). */
const MAX_BASE64 = Math.ceil((1024 * 1024) / 3) * 4;

export const certChannels = {
  'cert:generate': channel<CertGenerateResult>()(
    z
      .object({
        /** The site as the renderer holds it: main derives every request from it (names, profile, CA). */
        site: siteSchema,
        hubIds: z
          .array(id)
          .min(1, 'choose at least one hub')
          .max(MAX_HUBS, `at most ${MAX_HUBS} hubs`),
        password: pfxPasswordSchema,
        passwordRepeat: z.string().max(128),
        /** The engineer chose to replace a stored site root that no longer fits (core's siteCaDecision). */
        replaceSiteCa: z.boolean().optional(),
      })
      .strict()
      .refine((a) => a.password === a.passwordRepeat, {
        message: 'the two passwords differ: type the same password twice',
        path: ['passwordRepeat'],
      }),
  ),
  'cert:list': channel<CertListResult>()(z.object({}).strict()),
  'cert:inspect-bytes': channel<InspectReport>()(
    z
      .object({
        name: z.string().min(1).max(255),
        base64: z
          .string()
          .max(MAX_BASE64, 'file is larger than 1 MiB: not a certificate or PFX')
          .regex(/^[A-Za-z0-9+/=\s]*$/, 'content is not base64'),
        password: z.string().max(128).optional(),
        target: profile.nullable().default(null),
      })
      .strict(),
  ),
  'bundle:export': channel<BundleExportResult>()(
    z
      .object({
        folder: path,
        /** The site as the renderer holds it: hubs, forests and who trusts whom. */
        site: siteSchema,
        /** Empty = every hub with a certificate. */
        hubIds: z.array(id).max(MAX_HUBS, `at most ${MAX_HUBS} hubs`).default([]),
        /** The user confirmed replacing files that already exist. */
        overwrite: z.boolean().default(false),
        /** Also write the SteelHead PEM key (DOMAIN.md §9). */
        includePemKey: z.boolean().default(false),
        /** Only with includePemKey: write it unencrypted because the user insists. */
        pemKeyUnencrypted: z.boolean().default(false),
      })
      .strict(),
  ),
  'bundle:targets': channel<readonly ExportTarget[]>()(z.object({}).strict()),
  'bundle:verify': channel<BundleVerifyResult>()(z.object({ folder: path }).strict()),
  /**
   * The page started dragging exported items out (its dragstart): main starts the OS drag only
   * for paths this session's exports made draggable (core's checkDragOut), never for others.
   */
  'file:drag': channel<null>()(
    z
      .object({
        paths: z
          .array(path)
          .min(1, 'nothing to drag')
          .max(2 * MAX_HUBS),
      })
      .strict(),
  ),
  /** The keyboard's way to the same items: selects one in Explorer/Finder (same rule as file:drag). */
  'file:show-item': channel<null>()(z.object({ path }).strict()),
} as const;

type CertChannels = typeof certChannels;
export type CertChannel = keyof CertChannels;
