import { sha256Hex } from '../certificates/digest';
import type { Plan, PlannedStep } from './types';

/**
 * A hub's planned steps, in the plan's order: the one place the bundle (stick README, script
 * digest) reads them. It becomes `hubRunbook(plan, hub)` once the single ordering function lands.
 */
export function hubStepsFor(plan: Plan, hubId: string): readonly PlannedStep[] {
  return plan.hubs.find((h) => h.hubId === hubId)?.steps ?? [];
}

/** The organisation whose once-only steps this hub's install script also carries, if any. */
export function organisationCarriedBy(plan: Plan, hubId: string) {
  return plan.organisations.find((o) => o.designatedHubId === hubId) ?? null;
}

/**
 * A digest of what a hub's install script is made from: each of its steps' key and PowerShell
 * commands (its own, then its organisation's once-only steps). Not the script text, so the clock
 * and the engineer's name in its header do not count; computed from the same plan in main (at
 * export) and in the renderer (Certificates table), so both see the same change.
 */
export function scriptInputsDigest(plan: Plan, hubId: string): string {
  const steps = [...hubStepsFor(plan, hubId), ...(organisationCarriedBy(plan, hubId)?.steps ?? [])];
  const text = steps
    .map((s) =>
      [s.key, ...s.commands.filter((c) => c.shell === 'powershell').map((c) => c.command)].join(
        '\n',
      ),
    )
    .join('\n\u0000\n');
  return sha256Hex(text);
}

/** Every hub's script input digest, by hub id. */
export function scriptInputDigests(plan: Plan): Record<string, string> {
  return Object.fromEntries(plan.hubs.map((h) => [h.hubId, scriptInputsDigest(plan, h.hubId)]));
}
