import { summarise, type Progress, type ProgressSummary } from '../../../core/plan/progress';
import { workBlocks, type WorkBlock } from '../../../core/plan/runbook';
import type { Plan, PlannedStep } from '../../../core/plan/types';

/** A dashboard row: one of core's work blocks with the words the dashboard shows for it. */
export interface WorkUnit {
  readonly id: string;
  readonly kind: WorkBlock['kind'];
  readonly title: string;
  readonly subtitle: string;
  readonly steps: readonly PlannedStep[];
}

/** The dashboard rows: core's work blocks (their order and their steps' order), with titles. */
export function workUnits(plan: Plan): WorkUnit[] {
  return workBlocks(plan).map((block) => {
    const words = (): { title: string; subtitle: string } => {
      switch (block.kind) {
        case 'prerequisites':
          return {
            title: 'Prerequisites',
            subtitle: 'SteelHead licences and versions, forest trusts',
          };
        case 'hub': {
          const hub = plan.hubs.find((h) => h.hubId === block.hubId);
          return hub
            ? { title: hub.netbiosName, subtitle: `${hub.fqdn} · ${hub.forest}` }
            : { title: block.hubId, subtitle: '' };
        }
        case 'organisation':
          return { title: `Organisation ${block.forest}`, subtitle: 'Once per organisation' };
        case 'steelheads':
          return { title: 'SteelHeads', subtitle: 'Server-side and client-side appliances' };
      }
    };
    return { id: block.id, kind: block.kind, steps: block.steps, ...words() };
  });
}

/** The unit that holds a step key, for links from the trust matrix. */
export function unitOfStep(units: readonly WorkUnit[], key: string): WorkUnit | undefined {
  return units.find((u) => u.steps.some((s) => s.key === key));
}

export type UnitFilter = 'all' | 'open' | 'blocked' | 'finished';

/** Dashboard filter and search (name, FQDN, forest, next step); counts come from core's summarise. */
export function filterUnits(
  units: readonly WorkUnit[],
  progress: Progress,
  filter: UnitFilter,
  query: string,
): { unit: WorkUnit; summary: ProgressSummary }[] {
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
