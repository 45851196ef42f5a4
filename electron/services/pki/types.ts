/** PFX profiles from DOMAIN.md §8: 3DES/SHA-1 for Server 2008 R2–2016, AES-256 for 2019+. */
export type PfxProfile = 'legacy' | 'modern';

/** RSA sizes offered; 1024 only with `legacyKeyAllowed`. */
export type KeyBits = 1024 | 2048 | 3072 | 4096;

/** What one hub certificate needs: small on purpose so generation does not depend on the site model. */
export interface CertRequest {
  /** Hub FQDN: the subject CN and the first SAN. */
  readonly fqdn: string;
  /** Extra SAN DNS names: the SMTP domain(s) and any other names. */
  readonly sans: readonly string[];
  readonly bits: KeyBits;
  /** Validity in days, chosen explicitly (default 730). */
  readonly days: number;
  readonly profile: PfxProfile;
  readonly friendlyName: string;
  /** The user explicitly accepted a 1024-bit key (below guidance, DOMAIN.md pitfall 10). */
  readonly legacyKeyAllowed: boolean;
}

export type { CertMetadata } from '../../../core/ipc/cert-channels';

/** Injected effects so tests can pin time and randomness. */
export interface PkiEffects {
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Buffer;
}
