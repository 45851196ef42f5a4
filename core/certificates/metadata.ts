import type { PfxProfile } from './profile';

/**
 * Facts about certificates that may leave the main process, be shown and be persisted: never a
 * key, a PFX or a password. Services extract them with node-forge; core decides over them.
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
  /**
   * Permitted dNSName subtrees of a name constraints extension; absent when the certificate has
   * none (every hub leaf, and a site CA made before the app constrained it).
   */
  readonly permittedDns?: readonly string[];
}

/** A hub's stored certificate as the renderer, the export and the CLI see it. */
export interface HubCertView {
  readonly hubId: string;
  readonly profile: PfxProfile;
  readonly friendlyName: string;
  readonly metadata: CertMetadata;
  /** SHA-1 thumbprint of the CA certificate that signed it (the site CA), or null when self-signed. */
  readonly signedBy: string | null;
}

/** Where a running certificate generation is: one event per stage per hub. */
export interface GenerationProgress {
  readonly hubId: string;
  readonly stage: 'key' | 'certificate' | 'pfx' | 'done' | 'failed';
  /** Hubs finished (made or failed) so far, and how many were asked for. */
  readonly done: number;
  readonly total: number;
}
