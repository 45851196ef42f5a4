import type { StepStatus } from '../plan/progress';

/*
 * The completion certificate's content as plain data: what the PDF, the sign-off screen and the
 * document ID are made from. Built only by record.ts from the plan, the progress rules and the
 * certificate rules; nothing here decides anything.
 */

/** Which document: the whole site, or one hub (its runbook as its install script orders it). */
export type ReportScope =
  { readonly kind: 'site' } | { readonly kind: 'hub'; readonly hubId: string };

/** One applicable step and what the records say about it. */
export interface ReportStep {
  readonly key: string;
  readonly title: string;
  readonly runOn: string;
  readonly optional: boolean;
  readonly status: StepStatus;
  /** Who changed it last and when (ISO); empty and null for a step never touched. */
  readonly by: string;
  readonly at: string | null;
  /** The reason (skipped), the note (blocked) or the engineer's remark. */
  readonly note: string;
  /** Evidence ids (content hashes of the stored files), in the order they were attached. */
  readonly evidence: readonly string[];
}

/** A block of steps under one heading (a hub, an organisation, the SteelHeads...). */
interface ReportSection {
  readonly title: string;
  readonly steps: readonly ReportStep[];
}

/** A hub's certificate facts as the records hold them; never a key or a password. */
export interface ReportCertificate {
  readonly hubId: string;
  readonly fqdn: string;
  readonly subject: string;
  readonly issuer: string;
  readonly sans: readonly string[];
  readonly notBefore: string;
  readonly notAfter: string;
  readonly keyBits: number;
  /** PFX profile label from core/certificates. */
  readonly profile: string;
  /** SHA-1 of the DER, as Get-ExchangeCertificate shows it. */
  readonly thumbprint: string;
  readonly sha256: string;
  /** Thumbprint of the site CA that signed it, or null when self-signed. */
  readonly signedBy: string | null;
  /** Why it no longer fits the hub as the site describes it (core's staleness); empty = fits. */
  readonly stale: readonly string[];
}

/** One checked expectation of a hub's live state (core/verification decides pass or fail). */
export interface ReportCheck {
  readonly hubId: string;
  readonly expectation: string;
  /** not-checked: neither a paste nor a collected state showed it (listed, never dropped). */
  readonly outcome: 'pass' | 'fail' | 'cannot-read' | 'not-checked';
  readonly detail: string;
  /** Where the output came from: pasted on a step, a collected state read at `at`, or nowhere. */
  readonly source: 'pasted' | 'collected' | 'none';
  readonly at: string | null;
  /** The server a collected state was read on (collected only; absent otherwise). */
  readonly server?: string;
}

/** One reason a document is not a clean completion certificate, and what kind of gap it is. */
export interface NotCompleteReason {
  readonly kind:
    | 'steps-open'
    | 'nothing-done'
    | 'no-certificate'
    | 'certificate-does-not-fit'
    | 'check-failed'
    | 'check-unreadable'
    | 'evidence-not-at-hand'
    // Only the moment of printing tells these (core/report/verdict.ts).
    | 'certificate-expired'
    | 'certificate-not-yet-valid'
    | 'step-without-name'
    | 'step-after-printing';
  readonly words: string;
}

/** The canonical record a completion certificate is printed from and its document ID hashes. */
export interface ReportRecord {
  readonly format: 'secure-smtp-runbook.report';
  readonly version: 1;
  readonly scope: ReportScope;
  readonly customer: { readonly name: string; readonly siteName: string };
  readonly engineer: { readonly name: string; readonly email: string };
  readonly hubs: readonly {
    readonly hubId: string;
    readonly fqdn: string;
    readonly exchange: string;
  }[];
  readonly sections: readonly ReportSection[];
  readonly certificates: readonly ReportCertificate[];
  /** Hubs in scope that have no certificate in the records. */
  readonly hubsWithoutCertificate: readonly string[];
  readonly checks: readonly ReportCheck[];
  /** Evidence ids the steps in scope refer to that were not at hand when the record was built. */
  readonly evidenceNotAtHand: readonly string[];
  readonly totals: {
    readonly total: number;
    readonly done: number;
    readonly skipped: number;
    readonly blocked: number;
    readonly finished: number;
  };
  /** Why this is not a clean completion certificate, most important first (record.ts's rule). */
  readonly notComplete: readonly NotCompleteReason[];
  /** notComplete is empty: only then is the document a clean certificate. */
  readonly complete: boolean;
}
