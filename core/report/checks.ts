import type { CertMetadata, HubCertView } from '../certificates/metadata';
import { formatDateTime } from '../dates';
import { hubRunbook } from '../plan/runbook';
import type { Plan } from '../plan/types';
import { checkHub, type CheckResult } from '../verification/check';
import { expectationsForHub, type ExpectationInputs } from '../verification/expectations';
import { parsePastedOutput } from '../verification/format-list';
import { mergeObserved, type ObservedState } from '../verification/observed';
import type { ServerStateRecord } from '../verification/stick';
import type { ReportCheck } from './types';

/** Pasted command output attached to a step (an evidence text), as the records hold it. */
export interface PastedOutput {
  readonly stepKey: string;
  readonly text: string;
}

/** Where a hub's checked verification comes from: output pasted on steps, states collected. */
export interface CheckSources {
  readonly pasted: readonly PastedOutput[];
  /** The newest collected state of each hub, by hub id (what the app read from the stick). */
  readonly collected: Readonly<Record<string, ServerStateRecord | undefined>>;
}

/** The thumbprints the expectations need, from the certificate facts (never keys). */
function expectationInputs(
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ExpectationInputs {
  return {
    thumbprints: Object.fromEntries(certs.map((c) => [c.hubId, c.metadata.thumbprint])),
    siteCaThumbprint: siteCa?.thumbprint ?? null,
  };
}

/** Pass and fail rows of what a state showed; an expectation it did not show gets no row here. */
function shownRows(
  hubId: string,
  results: readonly CheckResult[],
  from: Pick<ReportCheck, 'source' | 'at' | 'server'>,
): ReportCheck[] {
  return results
    .filter((r) => r.verdict !== 'unknown')
    .map((r) => ({
      hubId,
      expectation: r.expectation.label,
      outcome: r.verdict === 'pass' ? 'pass' : 'fail',
      detail: r.found,
      ...from,
    }));
}

/**
 * A hub's checked verification from the output pasted on its steps: each paste is read by
 * core/verification (unreadable ones say so, once, and are never a pass), the readable ones are
 * merged into one observed state and judged against the hub's after-expectations. Only what the
 * pastes showed gets a row; hubChecks adds the rest as "not checked".
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
  const unreadable = (detail: string): ReportCheck => ({
    hubId,
    expectation: 'Pasted output',
    outcome: 'cannot-read',
    detail,
    source: 'pasted',
    at: null,
  });
  let observed: ObservedState | null = null;
  for (const p of mine) {
    const read = parsePastedOutput(p.text);
    if (read.ok) observed = observed ? mergeObserved(observed, read.value) : read.value;
    else checks.push(unreadable(read.error.message));
  }
  if (!observed) return { checks, results: [] };
  const hub = checkHub(plan, hubId, observed, expectationInputs(certs, siteCa), 'after');
  if (hub.refusal) return { checks: [...checks, unreadable(hub.refusal.message)], results: [] };
  return {
    checks: [...checks, ...shownRows(hubId, hub.results, { source: 'pasted', at: null })],
    results: hub.results,
  };
}

/**
 * A hub's checked verification from its collected state (collect-<server>.ps1 read from the
 * stick): pass and fail rows marked with the server it was read on and when it was collected (the
 * collector's time, else when the app read the file). A state of another server is refused.
 */
function collectedChecks(
  plan: Plan,
  hubId: string,
  state: ServerStateRecord | null | undefined,
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ReportCheck[] {
  if (!state) return [];
  const from = {
    source: 'collected' as const,
    at: state.observed.collectedAt ?? state.at,
    server: state.observed.server?.name ?? 'an unknown server',
  };
  const hub = checkHub(plan, hubId, state.observed, expectationInputs(certs, siteCa), 'after');
  if (hub.refusal)
    return [
      {
        hubId,
        expectation: 'Collected state',
        outcome: 'cannot-read',
        detail: hub.refusal.message,
        ...from,
      },
    ];
  return shownRows(hubId, hub.results, from);
}

/**
 * Every after-expectation of a hub on the certificate: the rows the pasted output and the collected
 * state gave, then each expectation neither of them showed, listed as "not checked" (never dropped).
 */
export function hubChecks(
  plan: Plan,
  hubId: string,
  sources: CheckSources,
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ReportCheck[] {
  const pasted = pastedChecks(plan, hubId, sources.pasted, certs, siteCa).checks;
  const collected = collectedChecks(plan, hubId, sources.collected[hubId], certs, siteCa);
  const rows = [...pasted, ...collected];
  const covered = new Set(
    rows.filter((r) => r.outcome === 'pass' || r.outcome === 'fail').map((r) => r.expectation),
  );
  const had = [
    pasted.length > 0 ? 'the pasted output' : '',
    collected.length > 0 ? 'the collected state' : '',
  ].filter((x) => x !== '');
  const detail =
    had.length === 0
      ? 'no output pasted and no collected state for this hub'
      : `not shown by ${had.join(' or ')}`;
  const missing = [
    ...new Set(
      expectationsForHub(plan, hubId, expectationInputs(certs, siteCa))
        .filter((e) => e.phase === 'after' && !covered.has(e.label))
        .map((e) => e.label),
    ),
  ];
  return [
    ...rows,
    ...missing.map((expectation): ReportCheck => ({
      hubId,
      expectation,
      outcome: 'not-checked',
      detail,
      source: 'none',
      at: null,
    })),
  ];
}

/** Every hub's checked verification (pasted, collected, not checked), in site order. */
export function siteChecks(
  plan: Plan,
  sources: CheckSources,
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ReportCheck[] {
  return plan.hubs.flatMap((h) => hubChecks(plan, h.hubId, sources, certs, siteCa));
}

/** How a check's result reads, on screen, in the CLI and on paper. */
export const checkOutcomeWords: Record<ReportCheck['outcome'], string> = {
  pass: 'Pass',
  fail: 'FAIL',
  'cannot-read': 'Cannot read',
  'not-checked': 'Not checked',
};

/** Where a check's result came from, in words: pasted, or which server's collected state and when. */
export function checkSourceWords(check: ReportCheck): string {
  if (check.source === 'pasted') return 'pasted output';
  if (check.source === 'none') return 'not checked';
  const at = check.at ? formatDateTime(check.at) : 'an unknown time';
  return `collected state of ${check.server ?? 'an unknown server'}, ${at}`;
}

/**
 * One line per source of a record's checks, for the CLI and the screen's summary: how many rows
 * each collected state, the pasted output and "not checked" gave.
 */
export function checkSourceSummary(checks: readonly ReportCheck[]): string[] {
  const counts = new Map<string, number>();
  for (const c of checks)
    counts.set(checkSourceWords(c), (counts.get(checkSourceWords(c)) ?? 0) + 1);
  return [...counts].map(([words, n]) => `${n} check${n === 1 ? '' : 's'}: ${words}`);
}

/**
 * What the output pasted on one step shows, judged for the hub the step runs on (the first hub
 * whose runbook has it): pass and fail per expectation the paste covered, "cannot read this" once
 * per unreadable paste. The step screen shows these; the certificate uses hubChecks.
 */
export function stepPastedChecks(
  plan: Plan,
  stepKey: string,
  texts: readonly string[],
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
): ReportCheck[] {
  const hub = plan.hubs.find((h) => hubRunbook(plan, h.hubId).some((s) => s.key === stepKey));
  if (!hub || texts.length === 0) return [];
  const pasted = texts.map((text) => ({ stepKey, text }));
  return pastedChecks(plan, hub.hubId, pasted, certs, siteCa).checks;
}
