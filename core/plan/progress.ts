import { isFinished, type Progress } from '../procedure';
import { allSteps } from './plan';
import type { Plan, PlannedStep } from './types';

export interface PlanProgress {
  readonly total: number;
  readonly finished: number;
  /** The first unfinished step in working order, or null when everything is done. */
  readonly next: PlannedStep | null;
  /** Unfinished steps per hub id (its own steps, including the trusts it must import). */
  readonly openByHub: Readonly<Record<string, number>>;
  /** Saved keys that no longer match a step (e.g. a hub was removed): kept, but shown. */
  readonly orphanKeys: readonly string[];
}

/** How far the site is, given saved progress; optional steps count only once marked. */
export function planProgress(plan: Plan, progress: Progress): PlanProgress {
  const steps = allSteps(plan);
  const counted = steps.filter((s) => !s.optional || progress[s.key] !== undefined);
  const finished = counted.filter((s) => isFinished(progress, s.key)).length;
  const openByHub: Record<string, number> = {};
  for (const hub of plan.hubs) {
    openByHub[hub.hubId] = hub.steps.filter((s) => !isFinished(progress, s.key)).length;
  }
  const keys = new Set(steps.map((s) => s.key));
  return {
    total: counted.length,
    finished,
    next: counted.find((s) => !isFinished(progress, s.key)) ?? null,
    openByHub,
    orphanKeys: Object.keys(progress).filter((k) => !keys.has(k)),
  };
}
