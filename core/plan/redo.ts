import type { Plan } from './types';

/** Steps whose work used a hub's certificate (ids of core/procedure). */
const usesTheCertificate = new Set([
  'certificate-import',
  'certificate-assign-smtp',
  'final-verification',
]);

/**
 * The steps to do again when a hub's certificate is replaced: its import, SMTP assignment and
 * final check, every partner's trust of it, and the server-side SteelHeads holding it.
 */
export function stepsToRedo(plan: Plan, hubId: string): string[] {
  const keys: string[] = [];
  for (const hub of plan.hubs) {
    for (const step of hub.steps) {
      const own = step.target.kind === 'hub' && step.target.hubId === hubId;
      const trustsIt = step.target.kind === 'pair' && step.target.peerHubId === hubId;
      if ((own && usesTheCertificate.has(step.stepId)) || trustsIt) keys.push(step.key);
    }
  }
  const holders = new Set(
    plan.site.steelheads
      .filter((s) => s.side === 'server-side' && s.hubIds.includes(hubId))
      .map((s) => s.id),
  );
  for (const step of plan.steelheads) {
    if (step.target.kind === 'steelhead' && holders.has(step.target.steelheadId))
      keys.push(step.key);
  }
  return keys;
}
