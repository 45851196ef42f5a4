/**
 * What a step is done *to*. The UI persists each step's status under `stepKey(stepId, target)`,
 * so the key format below is a storage format: change it only with a store migration.
 *
 *   hub:<hubId>                  one hub server
 *   org:<forest>                 one Exchange organisation (identified by its AD forest root)
 *   pair:<hubId>><peerHubId>     <hubId> trusts <peerHubId>'s certificate
 *   forests:<forestA>+<forestB>  the AD trust between two forests (sorted)
 *   steelhead:<steelheadId>      one SteelHead
 */
export type Target =
  | { readonly kind: 'hub'; readonly hubId: string }
  | { readonly kind: 'organisation'; readonly forest: string }
  | { readonly kind: 'pair'; readonly hubId: string; readonly peerHubId: string }
  | { readonly kind: 'forest-pair'; readonly forests: readonly [string, string] }
  | { readonly kind: 'steelhead'; readonly steelheadId: string };

/** The stable text form of a target (see the table above). */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'hub':
      return `hub:${target.hubId}`;
    case 'organisation':
      return `org:${target.forest}`;
    case 'pair':
      return `pair:${target.hubId}>${target.peerHubId}`;
    case 'forest-pair':
      return `forests:${[...target.forests].sort().join('+')}`;
    case 'steelhead':
      return `steelhead:${target.steelheadId}`;
  }
}

/** The progress key of one step on one target: `${stepId}@${targetKey}`. */
export function stepKey(stepId: string, target: Target): string {
  return `${stepId}@${targetKey(target)}`;
}

/** Reads a progress key back, or null when it is not one of ours. */
export function parseStepKey(key: string): { stepId: string; target: Target } | null {
  const at = key.indexOf('@');
  if (at <= 0) return null;
  const stepId = key.slice(0, at);
  const rest = key.slice(at + 1);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon);
  const body = rest.slice(colon + 1);
  if (colon < 0 || body === '') return null;
  if (kind === 'hub') return { stepId, target: { kind: 'hub', hubId: body } };
  if (kind === 'org') return { stepId, target: { kind: 'organisation', forest: body } };
  if (kind === 'steelhead') return { stepId, target: { kind: 'steelhead', steelheadId: body } };
  if (kind === 'pair') {
    const [hubId, peerHubId, extra] = body.split('>');
    if (!hubId || !peerHubId || extra !== undefined) return null;
    return { stepId, target: { kind: 'pair', hubId, peerHubId } };
  }
  if (kind === 'forests') {
    const [a, b, extra] = body.split('+');
    if (!a || !b || extra !== undefined) return null;
    return { stepId, target: { kind: 'forest-pair', forests: [a, b] } };
  }
  return null;
}

/**
 * Statuses the UI stores per step key: to do, done, skipped (with a reason) or blocked (with a
 * note). Only 'done' and 'skipped' count as finished.
 */
export const stepStatuses = ['todo', 'done', 'skipped', 'blocked'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Progress as persisted: step key -> status. Missing keys mean 'todo'. */
export type Progress = Readonly<Record<string, StepStatus | undefined>>;

/** True when the step on that target needs no more work. */
export function isFinished(progress: Progress, key: string): boolean {
  const status = progress[key];
  return status === 'done' || status === 'skipped';
}
