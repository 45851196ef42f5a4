import { z } from 'zod';
import { channel, pathArgument } from './channel';
import { pfxPasswordIssue } from '../pki/password';
import { pfxProfiles, type PfxProfile } from '../site/enums';
import { siteSchema } from '../site/site';

/**
 * The certificate and USB-bundle channels, in the same shape as `contract` (spread into it).
 * Every result is metadata only: no private key, no PFX bytes and no password ever travels back
 * to the renderer. The PFX password crosses once, from the password field to main.
 */

/** Certificate facts safe to show and persist (subject, SANs, validity, thumbprints…). */
export interface CertMetadata {
  readonly subject: string;
  readonly issuer: string;
  readonly sans: readonly string[];
  readonly notBefore: string;
  readonly notAfter: string;
  readonly keyBits: number;
  readonly serialHex: string;
  /** SHA-1 of the DER, upper-case hex, no spaces: what Get-ExchangeCertificate prints. */
  readonly thumbprint: string;
  /** SHA-256 of the DER, upper-case hex, no spaces. */
  readonly sha256: string;
  readonly selfSigned: boolean;
  readonly isCa: boolean;
  readonly extKeyUsage: readonly string[];
}

/** One lint finding against DOMAIN.md §1.11 / §2. */
export interface LintFinding {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

/** What a PFX says about its protection. */
export interface PfxAlgorithms {
  readonly macAlgorithm: string | null;
  readonly macIterations: number | null;
  readonly keyBagAlgorithms: readonly string[];
  readonly certBagAlgorithm: string;
  readonly cspName: string | null;
  readonly legacyWindowsReadable: boolean;
}

export interface InspectedCertificate extends CertMetadata {
  readonly keyUsage: readonly string[];
  readonly signatureAlgorithm: string;
  readonly expiry: 'green' | 'amber' | 'red';
  readonly daysLeft: number;
  readonly lint: readonly LintFinding[];
}

/** The inspector's view of one file. */
export interface InspectReport {
  readonly name: string;
  readonly kind: 'pfx' | 'pem' | 'der';
  readonly certificates: readonly InspectedCertificate[];
  readonly pfx:
    | (PfxAlgorithms & { readonly friendlyName: string | null; readonly localKeyId: string | null })
    | null;
  readonly passwordOk: boolean | null;
  readonly hasPrivateKey: boolean;
  readonly keyMatchesCert: boolean | null;
  readonly lint: readonly LintFinding[];
}

/** A hub's certificate as the renderer sees it. */
export interface HubCertView {
  readonly hubId: string;
  readonly profile: PfxProfile;
  readonly friendlyName: string;
  readonly metadata: CertMetadata;
}

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

/** Where a running certificate generation is (polled by the renderer while it waits). */
export interface CertProgress {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  /** The hub and stage last reported, or null before the first report. */
  readonly last: { readonly hubId: string; readonly stage: string } | null;
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
  readonly warnings: readonly string[];
}

export interface BundleVerifyResult {
  readonly folder: string;
  readonly checked: number;
  readonly mismatched: readonly string[];
  readonly missing: readonly string[];
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
export const pfxPasswordSchema = z
  .string({ error: 'password must be text' })
  .superRefine((value, ctx) => {
    const issue = pfxPasswordIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.message });
  });

const id = z
  .string({ error: 'hub id must be text' })
  .min(1, 'hub id is empty')
  .max(64, 'hub id is too long');
const path = pathArgument('path', { empty: ': choose a file or folder', long: '', nul: '' });
const dnsName = z
  .string({ error: 'name must be text' })
  .min(1)
  .max(253, 'name is longer than 253 characters');
const profile = z.enum(pfxProfiles, { error: 'profile must be windows-legacy or windows-modern' });

const hubCertInput = z
  .object({
    hubId: id,
    fqdn: dnsName,
    /** SMTP domain(s) and any extra names; the FQDN is always included first. */
    sans: z.array(dnsName).max(20, 'at most 20 extra names').default([]),
    profile,
    friendlyName: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\x20-\x7e]*$/, 'friendly name: printable ASCII only')
      .optional(),
  })
  .strict();

/** As many hubs as a site may hold (siteSchema allows 250). */
export const MAX_HUBS = 250;

/** Base64 of at most 1 MiB of file content (drag-and-drop). */
const MAX_BASE64 = Math.ceil((1024 * 1024) / 3) * 4;

export const certChannels = {
  'cert:generate': channel<CertGenerateResult>()(
    z
      .object({
        hubs: z
          .array(hubCertInput)
          .min(1, 'choose at least one hub')
          .max(MAX_HUBS, `at most ${MAX_HUBS} hubs`),
        keySize: z
          .union([z.literal(1024), z.literal(2048), z.literal(3072), z.literal(4096)])
          .default(2048),
        legacyKeyAllowed: z.boolean().default(false),
        validityDays: z.number().int().min(1).max(3650).default(730),
        /** One site root signs every hub certificate, so partners import one CA. */
        siteCa: z
          .object({ commonName: z.string().min(1).max(64) })
          .strict()
          .nullable()
          .default(null),
        password: pfxPasswordSchema,
        passwordRepeat: z.string().max(128),
      })
      .strict()
      .refine((a) => a.password === a.passwordRepeat, {
        message: 'the two passwords differ: type the same password twice',
        path: ['passwordRepeat'],
      }),
  ),
  'cert:list': channel<CertListResult>()(z.object({}).strict()),
  'cert:progress': channel<CertProgress>()(z.object({}).strict()),
  'cert:inspect': channel<InspectReport>()(
    z
      .object({
        path,
        password: z.string().max(128).optional(),
        target: profile.nullable().default(null),
      })
      .strict(),
  ),
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
} as const;

export type CertChannels = typeof certChannels;
export type CertChannel = keyof CertChannels;
export type CertArgsOf<C extends CertChannel> = z.output<CertChannels[C]['args']>;
export type CertResultOf<C extends CertChannel> = CertChannels[C]['result'];
