import type { Plan, PlannedStep } from '../../../core/plan/types';
import type { StepRecord, StepStatus } from '../../store/persisted-schema';

/** A block of work the dashboard shows as one row: a hub, an organisation, the prerequisites... */
export interface WorkUnit {
  readonly id: string;
  readonly kind: 'prerequisites' | 'hub' | 'organisation' | 'steelheads';
  readonly title: string;
  readonly subtitle: string;
  readonly steps: readonly PlannedStep[];
}

/** The plan cut into dashboard rows, in working order. */
export function workUnits(plan: Plan): WorkUnit[] {
  const units: WorkUnit[] = [];
  if (plan.prerequisites.length > 0) {
    units.push({
      id: 'prerequisites',
      kind: 'prerequisites',
      title: 'Prerequisites',
      subtitle: 'SteelHead licences and versions, forest trusts',
      steps: plan.prerequisites,
    });
  }
  for (const hub of plan.hubs) {
    units.push({
      id: `hub:${hub.hubId}`,
      kind: 'hub',
      title: hub.netbiosName,
      subtitle: `${hub.fqdn} · ${hub.forest}`,
      steps: hub.steps,
    });
  }
  for (const org of plan.organisations) {
    if (org.steps.length === 0) continue;
    units.push({
      id: `org:${org.forest}`,
      kind: 'organisation',
      title: `Organisation ${org.forest}`,
      subtitle: 'Once per organisation',
      steps: org.steps,
    });
  }
  if (plan.steelheads.length > 0) {
    units.push({
      id: 'steelheads',
      kind: 'steelheads',
      title: 'SteelHeads',
      subtitle: 'Server-side and client-side appliances',
      steps: plan.steelheads,
    });
  }
  return units;
}

/** The unit that holds a step key, for links from the trust matrix. */
export function unitOfStep(units: readonly WorkUnit[], key: string): WorkUnit | undefined {
  return units.find((u) => u.steps.some((s) => s.key === key));
}

export interface UnitSummary {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly blocked: number;
  /** done + skipped: nothing more to do. */
  readonly finished: number;
  readonly next: PlannedStep | null;
}

/** Saved records as core's progress rules read them: step key -> status. */
export function statusMap(
  progress: Readonly<Record<string, StepRecord>>,
): Record<string, StepStatus> {
  const out: Record<string, StepStatus> = {};
  for (const [key, record] of Object.entries(progress)) out[key] = record.status;
  return out;
}

/** The status a step has in saved progress (no record means to do). */
export function statusOf(progress: Readonly<Record<string, StepRecord>>, key: string): StepStatus {
  return progress[key]?.status ?? 'todo';
}

/** Counts and the next step to do; blocked steps are not "next" (they wait for someone). */
export function summarise(
  steps: readonly PlannedStep[],
  progress: Readonly<Record<string, StepRecord>>,
): UnitSummary {
  let done = 0;
  let skipped = 0;
  let blocked = 0;
  let next: PlannedStep | null = null;
  for (const step of steps) {
    const status = statusOf(progress, step.key);
    if (status === 'done') done += 1;
    else if (status === 'skipped') skipped += 1;
    else if (status === 'blocked') blocked += 1;
    else if (!next) next = step;
  }
  return { total: steps.length, done, skipped, blocked, finished: done + skipped, next };
}

export type UnitFilter = 'all' | 'open' | 'blocked' | 'finished';

/** Dashboard filter and search (name, FQDN, forest, next step). */
export function filterUnits(
  units: readonly WorkUnit[],
  progress: Readonly<Record<string, StepRecord>>,
  filter: UnitFilter,
  query: string,
): { unit: WorkUnit; summary: UnitSummary }[] {
  const q = query.trim().toLowerCase();
  return units
    .map((unit) => ({ unit, summary: summarise(unit.steps, progress) }))
    .filter(({ unit, summary }) => {
      if (filter === 'open' && summary.finished === summary.total) return false;
      if (filter === 'blocked' && summary.blocked === 0) return false;
      if (filter === 'finished' && summary.finished !== summary.total) return false;
      if (!q) return true;
      return `${unit.title} ${unit.subtitle} ${summary.next?.title ?? ''}`
        .toLowerCase()
        .includes(q);
    });
}
