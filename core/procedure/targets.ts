import { isStepId, type StepId } from './step-ids';

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
export function stepKey(stepId: StepId, target: Target): string {
  return `${stepId}@${targetKey(target)}`;
}

function parseTarget(kind: string, body: string): Target | null {
  if (kind === 'hub') return { kind: 'hub', hubId: body };
  if (kind === 'org') return { kind: 'organisation', forest: body };
  if (kind === 'steelhead') return { kind: 'steelhead', steelheadId: body };
  if (kind === 'pair') {
    const [hubId, peerHubId, extra] = body.split('>');
    return hubId && peerHubId && extra === undefined ? { kind: 'pair', hubId, peerHubId } : null;
  }
  if (kind === 'forests') {
    const [a, b, extra] = body.split('+');
    return a && b && extra === undefined ? { kind: 'forest-pair', forests: [a, b] } : null;
  }
  return null;
}

/** Reads a progress key back, or null when it is not one of ours (unknown step id included). */
export function parseStepKey(key: string): { stepId: StepId; target: Target } | null {
  const at = key.indexOf('@');
  const stepId = key.slice(0, at);
  if (at <= 0 || !isStepId(stepId)) return null;
  const rest = key.slice(at + 1);
  const colon = rest.indexOf(':');
  const body = rest.slice(colon + 1);
  if (colon < 0 || body === '') return null;
  const target = parseTarget(rest.slice(0, colon), body);
  return target ? { stepId, target } : null;
}

/**
 * Every hub id that progress keys name (a hub's own steps and both ends of a pair): ids a new hub
 * must not reuse, or it would inherit a removed hub's ticks.
 */
export function hubIdsInStepKeys(keys: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const key of keys) {
    const target = parseStepKey(key)?.target;
    if (target?.kind === 'hub') ids.add(target.hubId);
    if (target?.kind === 'pair') ids.add(target.hubId).add(target.peerHubId);
  }
  return [...ids];
}
