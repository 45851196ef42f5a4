import type { Target } from '../procedure';
import type { Plan, PlannedStep } from './types';

/*
 * The one working order. Every surface that lists steps (checklist and dashboard, install script,
 * cmd/sh listings, plan text, CLI, stick README, sign-off) takes its steps from allSteps() or from a
 * filter of it, so no two surfaces can order the same steps differently.
 */

/**
 * Every planned step once, in working order: prerequisites, each hub's own work, each
 * organisation's once-only steps, the SteelHeads, then every hub's final verification (it checks
 * what the partners, the organisation and the SteelHeads did).
 */
export function allSteps(plan: Plan): PlannedStep[] {
  const isFinal = (s: PlannedStep) => s.phase === 'verification';
  return [
    ...plan.prerequisites,
    ...plan.hubs.flatMap((h) => h.steps.filter((s) => !isFinal(s))),
    ...plan.organisations.flatMap((o) => o.steps),
    ...plan.steelheads,
    ...plan.hubs.flatMap((h) => h.steps.filter(isFinal)),
  ];
}

/** True when the step is done on the hub itself (or, for a trust, imported into its store). */
function onHub(target: Target, hubId: string): boolean {
  return (target.kind === 'hub' || target.kind === 'pair') && target.hubId === hubId;
}

/**
 * One hub's runbook, in working order: the forest trusts its forest takes part in (done on a
 * domain controller, listed as a reminder), its own work, its organisation's once-only steps when
 * its install script carries them, and its final verification. Empty for an unknown hub.
 */
export function hubRunbook(plan: Plan, hubId: string): PlannedStep[] {
  const hub = plan.hubs.find((h) => h.hubId === hubId);
  if (!hub) return [];
  const carries = new Set(
    plan.organisations.filter((o) => o.designatedHubId === hubId).map((o) => o.forest),
  );
  return allSteps(plan).filter(({ target }) => {
    if (target.kind === 'forest-pair') return target.forests.includes(hub.forest);
    if (target.kind === 'organisation') return carries.has(target.forest);
    return onHub(target, hubId);
  });
}

/** A block of work the dashboard shows as one row, in working order. */
export type WorkBlock =
  | { readonly kind: 'prerequisites'; readonly id: 'prerequisites'; readonly steps: PlannedStep[] }
  | {
      readonly kind: 'hub';
      readonly id: `hub:${string}`;
      readonly hubId: string;
      readonly steps: PlannedStep[];
    }
  | {
      readonly kind: 'organisation';
      readonly id: `org:${string}`;
      readonly forest: string;
      readonly steps: PlannedStep[];
    }
  | { readonly kind: 'steelheads'; readonly id: 'steelheads'; readonly steps: PlannedStep[] };

/**
 * The plan cut into dashboard rows: the prerequisites, each hub (its work and its final
 * verification), each organisation's once-only steps, the SteelHeads. Every step of allSteps() is
 * in exactly one block, in allSteps() order; empty blocks are left out.
 */
export function workBlocks(plan: Plan): WorkBlock[] {
  const blocks: WorkBlock[] = [
    { kind: 'prerequisites', id: 'prerequisites', steps: [] },
    ...plan.hubs.map((h): WorkBlock => ({
      kind: 'hub',
      id: `hub:${h.hubId}`,
      hubId: h.hubId,
      steps: [],
    })),
    ...plan.organisations.map((o): WorkBlock => ({
      kind: 'organisation',
      id: `org:${o.forest}`,
      forest: o.forest,
      steps: [],
    })),
    { kind: 'steelheads', id: 'steelheads', steps: [] },
  ];
  // Which block each step belongs to, from the plan's own grouping; the order comes from allSteps.
  const parts: readonly (readonly PlannedStep[])[] = [
    plan.prerequisites,
    ...plan.hubs.map((h) => h.steps),
    ...plan.organisations.map((o) => o.steps),
    plan.steelheads,
  ];
  const blockOf = new Map<string, WorkBlock>();
  parts.forEach((part, i) => {
    const block = blocks[i];
    if (block) for (const step of part) blockOf.set(step.key, block);
  });
  for (const step of allSteps(plan)) blockOf.get(step.key)?.steps.push(step);
  return blocks.filter((b) => b.steps.length > 0);
}

/** The commands of a step the hub's install script runs (its PowerShell ones). */
export function scriptCommands(step: PlannedStep): PlannedStep['commands'] {
  if (step.byHandOnly !== null) return [];
  return step.commands.filter((c) => c.shell === 'powershell');
}

/** A step of a hub's runbook with the number the install script gives it (null: done by hand). */
interface NumberedStep {
  readonly step: PlannedStep;
  readonly scriptNumber: number | null;
}

/**
 * One hub's runbook numbered as its install script numbers it: only steps with PowerShell commands
 * count, so the number is the one `-StartAt` takes and the one "STOPPED in step N" prints.
 */
export function hubScriptSteps(plan: Plan, hubId: string): NumberedStep[] {
  let n = 0;
  return hubRunbook(plan, hubId).map((step) => ({
    step,
    scriptNumber: scriptCommands(step).length > 0 ? ++n : null,
  }));
}
