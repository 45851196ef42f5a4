import type { CertMetadata } from './metadata';

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
  /** Private keys stored in plain `keyBag`s, readable by anyone who has the file. */
  readonly plainKeyBags: number;
  /** The highest key-derivation or MAC iteration count in the file (work needed to open it). */
  readonly maxIterations: number;
  /** Encrypted parts (shrouded key bags and encrypted certificate sets), each one derivation. */
  readonly encryptedParts: number;
  readonly certBagAlgorithm: string;
  readonly cspName: string | null;
  readonly legacyWindowsReadable: boolean;
}

/** One certificate of an inspected file, with its lint. */
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
