import type { CertMetadata, HubCertView } from '../certificates/metadata';
import { hubRunbook } from '../plan/runbook';
import type { Plan } from '../plan/types';
import { checkHub, type CheckResult } from '../verification/check';
import { parsePastedOutput } from '../verification/format-list';
import { mergeObserved, type ObservedState } from '../verification/observed';
import type { ReportCheck } from './types';

/** Pasted command output attached to a step (an evidence text), as the records hold it. */
export interface PastedOutput {
  readonly stepKey: string;
  readonly text: string;
}

/**
 * A hub's checked verification from the output pasted on its steps: each paste is read by
 * core/verification (unreadable ones say so and are never a pass), the readable ones are merged
 * into one observed state and judged against the hub's after-expectations. No paste, no checks.
 */
export function pastedChecks(
  plan: Plan,
  hubId: string,
  pasted: readonly PastedOutput[],
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): { checks: ReportCheck[]; results: readonly CheckResult[] } {
  const keys = new Set(hubRunbook(plan, hubId).map((s) => s.key));
  const mine = pasted.filter((p) => keys.has(p.stepKey));
  const checks: ReportCheck[] = [];
  let observed: ObservedState | null = null;
  for (const p of mine) {
    const read = parsePastedOutput(p.text);
    if (read.ok) observed = observed ? mergeObserved(observed, read.value) : read.value;
    else
      checks.push({
        hubId,
        expectation: 'Pasted output',
        outcome: 'cannot-read',
        detail: `cannot read this: ${read.error.message}`,
        source: 'pasted',
        at: null,
      });
  }
  if (!observed) return { checks, results: [] };
  const thumbprints = Object.fromEntries(certs.map((c) => [c.hubId, c.metadata.thumbprint]));
  const hub = checkHub(
    plan,
    hubId,
    observed,
    { thumbprints, siteCaThumbprint: siteCa?.thumbprint ?? null },
    'after',
  );
  if (hub.refusal)
    return {
      checks: [
        ...checks,
        {
          hubId,
          expectation: 'Pasted output',
          outcome: 'cannot-read',
          detail: hub.refusal.message,
          source: 'pasted',
          at: null,
        },
      ],
      results: [],
    };
  // Only what the paste showed: an expectation the output did not cover stays off the certificate.
  const shown = hub.results.filter((r) => r.verdict !== 'unknown');
  return {
    checks: [
      ...checks,
      ...shown.map((r): ReportCheck => ({
        hubId,
        expectation: r.expectation.label,
        outcome: r.verdict === 'pass' ? 'pass' : 'fail',
        detail: r.found,
        source: 'pasted',
        at: null,
      })),
    ],
    results: hub.results,
  };
}

/** Every hub's checked verification from pasted output, in site order. */
export function siteChecks(
  plan: Plan,
  pasted: readonly PastedOutput[],
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ReportCheck[] {
  return plan.hubs.flatMap((h) => pastedChecks(plan, h.hubId, pasted, certs, siteCa).checks);
}
