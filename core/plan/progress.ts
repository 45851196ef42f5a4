import { allSteps } from './runbook';
import type { Plan, PlannedStep } from './types';

/**
 * Statuses a step can have on one target: to do, done, skipped (with a reason) or blocked (with a
 * note). The store and the site file persist them, so this list is a storage format.
 */
export const stepStatuses = ['todo', 'done', 'skipped', 'blocked'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** A step status in words, as every screen says it. */
export const stepStatusWords: Record<StepStatus, string> = {
  todo: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  blocked: 'Blocked',
};

/**
 * Saved progress by step key, as any surface holds it: the store's records (who, when, note...)
 * or a bare status. A missing key means to do.
 */
export type Progress = Readonly<Record<string, { readonly status: StepStatus } | undefined>>;

/** The status a step has in saved progress (no record means to do). */
export function statusOf(progress: Progress, key: string): StepStatus {
  return progress[key]?.status ?? 'todo';
}

/**
 * THE finished rule: a step needs no more work once it is done, or skipped with a reason (the
 * engineer decided it does not apply here). Blocked and to-do steps are open. Optional steps
 * follow the same rule: they count until the engineer marks them done or skips them.
 */
export function isFinished(status: StepStatus): boolean {
  return status === 'done' || status === 'skipped';
}

/**
 * Why a status cannot be saved yet, or null: skipped needs a reason (that is what makes a skipped
 * step finished) and blocked a note saying what is in the way.
 */
export function statusProblem(status: StepStatus, note: string): string | null {
  if (status === 'skipped' && note.trim() === '')
    return 'Skipped needs a reason: say why this step does not apply here.';
  if (status === 'blocked' && note.trim() === '')
    return 'Blocked needs a note: say what is in the way and who can clear it.';
  return null;
}

/** Counts of a list of steps and the next one to do. */
export interface ProgressSummary {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly blocked: number;
  /** done + skipped: nothing more to do. */
  readonly finished: number;
  /** The first step still to do, in the given order; blocked steps wait for someone, so not them. */
  readonly next: PlannedStep | null;
}

/** Counts done, skipped and blocked steps and finds the next one to do. */
export function summarise(steps: readonly PlannedStep[], progress: Progress): ProgressSummary {
  let done = 0;
  let skipped = 0;
  let blocked = 0;
  let next: PlannedStep | null = null;
  for (const step of steps) {
    const status = statusOf(progress, step.key);
    if (status === 'done') done += 1;
    else if (status === 'skipped') skipped += 1;
    else if (status === 'blocked') blocked += 1;
    else next ??= step;
  }
  return { total: steps.length, done, skipped, blocked, finished: done + skipped, next };
}

/** How far the whole site is. */
interface PlanProgress extends ProgressSummary {
  /** True when every step is finished: the site is ready for sign-off. */
  readonly complete: boolean;
  /** Steps that are neither done nor skipped, in working order (blocked ones included). */
  readonly open: readonly PlannedStep[];
  /** Saved keys that no longer match a step (e.g. a hub was removed): kept, but shown. */
  readonly orphanKeys: readonly string[];
}

/** How far the site is, given saved progress, over every step of the plan in working order. */
export function planProgress(plan: Plan, progress: Progress): PlanProgress {
  const steps = allSteps(plan);
  const summary = summarise(steps, progress);
  const keys = new Set(steps.map((s) => s.key));
  return {
    ...summary,
    complete: summary.finished === summary.total,
    open: steps.filter((s) => !isFinished(statusOf(progress, s.key))),
    orphanKeys: Object.keys(progress).filter((k) => !keys.has(k)),
  };
}
