import { formatDateTime } from '../dates';
import { stepKey, type StepId } from '../procedure';
import { isFinished, statusOf, type Progress, type StepStatus } from './progress';
import { allSteps } from './runbook';
import type { Plan } from './types';

/** Steps of the hub itself whose work used its certificate. */
const usesTheCertificate: ReadonlySet<StepId> = new Set([
  'certificate-import',
  'certificate-assign-smtp',
  'final-verification',
]);

/**
 * The steps to do again when a hub's certificate is replaced, in working order: its import, SMTP
 * assignment and final check, every partner's trust of it, and the server-side SteelHeads holding it.
 */
function stepsToRedo(plan: Plan, hubId: string): string[] {
  const holders = new Set(
    plan.site.steelheads
      .filter((s) => s.side === 'server-side' && s.hubIds.includes(hubId))
      .map((s) => s.id),
  );
  return allSteps(plan)
    .filter(({ target, stepId }) => {
      if (target.kind === 'hub') return target.hubId === hubId && usesTheCertificate.has(stepId);
      if (target.kind === 'pair') return target.peerHubId === hubId;
      if (target.kind === 'steelhead')
        return stepId === 'steelhead-server-side' && holders.has(target.steelheadId);
      return false;
    })
    .map((s) => s.key);
}

/** A certificate the app just made for a hub. */
export interface GeneratedCertificate {
  readonly hubId: string;
  readonly thumbprint: string;
  /** The hub had a certificate before: this one replaces it. */
  readonly replaced: boolean;
}

/** One step record to write: the new status and the note that says why. */
export interface StepChange {
  readonly key: string;
  readonly status: StepStatus;
  readonly note: string;
}

/**
 * What a new certificate does to progress: the hub's generate step is done (with the thumbprint);
 * when it replaced one, every finished step that used the old certificate goes back to to do,
 * saying when and why. Steps still open are left as they are (their notes are the engineer's).
 */
export function afterCertificateGenerated(
  plan: Plan,
  progress: Progress,
  cert: GeneratedCertificate,
  at: Date,
): StepChange[] {
  const hub = plan.hubs.find((h) => h.hubId === cert.hubId);
  if (!hub) return [];
  const changes: StepChange[] = [
    {
      key: stepKey('certificate-generate', { kind: 'hub', hubId: cert.hubId }),
      status: 'done',
      note: `Generated in the app; thumbprint ${cert.thumbprint}`,
    },
  ];
  if (!cert.replaced) return changes;
  const note = `The certificate of ${hub.netbiosName} was replaced on ${formatDateTime(at)}: do this again with the new one.`;
  for (const key of stepsToRedo(plan, cert.hubId)) {
    if (isFinished(statusOf(progress, key))) changes.push({ key, status: 'todo', note });
  }
  return changes;
}

/**
 * What a new site root does to progress: every hub's "trust the site CA" step that was finished
 * trusted the old root, so it goes back to to do, naming the new root. (Hub certificates the old
 * root signed are stale by core's staleness rule and are regenerated through afterCertificateGenerated.)
 */
export function afterSiteCaReplaced(
  plan: Plan,
  progress: Progress,
  newThumbprint: string,
  at: Date,
): StepChange[] {
  const note = `The site CA was replaced on ${formatDateTime(at)} (new root, thumbprint ${newThumbprint}): trust the new one.`;
  return allSteps(plan)
    .filter((s) => s.stepId === 'trust-site-ca' && isFinished(statusOf(progress, s.key)))
    .map((s) => ({ key: s.key, status: 'todo' as const, note }));
}
