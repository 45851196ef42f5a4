import { appError, type AppError } from '../errors';
import type { PlanWarning } from '../procedure';
import type { Plan } from '../plan/types';
import {
  expectationsForHub,
  type Expectation,
  type ExpectationInputs,
  type ExpectationPhase,
} from './expectations';
import type { ObservedState } from './observed';
import { judge } from './judge';

/** pass and fail only from what was observed; unknown when the state did not show it. */
export type Verdict = 'pass' | 'fail' | 'unknown';

/** One expectation judged against one observed state. */
export interface CheckResult {
  readonly expectation: Expectation;
  readonly verdict: Verdict;
  /** What the state showed, in words (or why the verdict is unknown). */
  readonly found: string;
}

/** A hub's state judged for one phase, or refused (wrong server) with a message saying why. */
export interface HubCheck {
  readonly hubId: string;
  readonly phase: ExpectationPhase;
  readonly refusal: AppError | null;
  readonly results: readonly CheckResult[];
}

/** Judges each expectation against the observed state. */
export function checkExpectations(
  expectations: readonly Expectation[],
  observed: ObservedState,
): CheckResult[] {
  return expectations.map((expectation) => {
    const section =
      expectation.section === 'server' ? observed.server : observed[expectation.section];
    if (section === undefined) {
      return { expectation, verdict: 'unknown', found: 'not in this state' };
    }
    return { expectation, ...judge(expectation.rule, observed) };
  });
}

/**
 * Refuses a state read on another server: the collector's server name, or the `SERVER\` prefix of a
 * receive connector identity, must be the hub's. Null when nothing says otherwise.
 */
function wrongServer(plan: Plan, hubId: string, observed: ObservedState): AppError | null {
  const hub = plan.site.hubs.find((h) => h.id === hubId);
  if (!hub) return appError('unknown-hub', 'hubId', `There is no hub ${hubId} in this site.`);
  const mine = (name: string) =>
    name.toUpperCase() === hub.netbiosName || name.toLowerCase() === hub.fqdn;
  const collectedOn = observed.server?.name ?? null;
  const connectorServers = (observed.receiveConnectors ?? []).flatMap((c) => {
    const cut = c.identity.indexOf('\\');
    return cut > 0 ? [{ server: c.identity.slice(0, cut), identity: c.identity }] : [];
  });
  const again = `read the file from ${hub.netbiosName} (collect-${hub.netbiosName}.ps1)`;
  // The server the state says it was read on comes first: it is where the file was made.
  if (collectedOn !== null && !mine(collectedOn))
    return appError(
      'wrong-server',
      'state',
      `This state was read on ${collectedOn}, not on ${hub.netbiosName}: ${again}.`,
    );
  const foreign = connectorServers.find((c) => !mine(c.server));
  if (!foreign) return null;
  return appError(
    'wrong-server',
    'state',
    collectedOn !== null
      ? `This state says it was read on ${collectedOn} but lists ${foreign.identity}, a receive connector of ${foreign.server}: it mixes two servers. Collect it again on ${hub.netbiosName} (collect-${hub.netbiosName}.ps1).`
      : `This output shows ${foreign.identity}, a receive connector of ${foreign.server}, not of ${hub.netbiosName}: ${again}.`,
  );
}

/** Checks a hub's observed state for one phase, from the plan's expectations. */
export function checkHub(
  plan: Plan,
  hubId: string,
  observed: ObservedState,
  inputs: ExpectationInputs,
  phase: ExpectationPhase,
): HubCheck {
  const refusal = wrongServer(plan, hubId, observed);
  if (refusal) return { hubId, phase, refusal, results: [] };
  const expectations = expectationsForHub(plan, hubId, inputs).filter((e) => e.phase === phase);
  return { hubId, phase, refusal: null, results: checkExpectations(expectations, observed) };
}

/** A step's verdict from an after-state: failed if any check of it failed, verified if all passed. */
export type StepVerdict = 'verified' | 'failed' | 'unknown';

/** The verdict of every step an after-check names, by progress key. */
export function stepVerdicts(results: readonly CheckResult[]): Record<string, StepVerdict> {
  const out: Record<string, StepVerdict> = {};
  for (const r of results.filter((x) => x.expectation.phase === 'after')) {
    for (const key of r.expectation.stepKeys) {
      const was = out[key];
      if (r.verdict === 'fail' || was === 'failed') out[key] = 'failed';
      else if (r.verdict === 'unknown' || was === 'unknown') out[key] = 'unknown';
      else out[key] = 'verified';
    }
  }
  return out;
}

/** The warnings a before-state adds to steps, by progress key (only where the server disagrees). */
export function beforeWarnings(results: readonly CheckResult[]): Record<string, PlanWarning[]> {
  const out: Record<string, PlanWarning[]> = {};
  for (const r of results) {
    const w = r.expectation.warning;
    if (r.expectation.phase !== 'before' || r.verdict !== 'fail' || !w) continue;
    const warning = { ...w, message: `${w.message} (Found: ${r.found}.)` };
    for (const key of r.expectation.stepKeys) (out[key] ??= []).push(warning);
  }
  return out;
}

/** How a verdict reads, on screen, in the CLI and on paper. */
export const verdictWords: Record<Verdict, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  unknown: 'NOT SHOWN',
};

/** The hub a state was read on: by the collector's server name, else a connector's `SERVER\`. */
export function hubOfState(plan: Plan, observed: ObservedState): string | null {
  const names = observed.server
    ? [observed.server.name]
    : (observed.receiveConnectors ?? []).map((c) => c.identity.split('\\')[0] ?? '');
  const hub = plan.site.hubs.find((h) => names.some((n) => n.toUpperCase() === h.netbiosName));
  return hub?.id ?? null;
}
